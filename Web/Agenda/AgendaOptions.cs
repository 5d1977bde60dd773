namespace Expo.Web.Agenda;

/// <summary>Bound from <c>Expo:Agenda</c> on a Web node: how fast one connection may ask questions.</summary>
public sealed class AgendaOptions
{
    public const string Section = "Expo:Agenda";

    /// <summary>Questions one connection may ask per minute, on average.</summary>
    public double QuestionsPerMinute { get; set; } = 4;

    /// <summary>Questions one connection may ask in a quick burst.</summary>
    public int QuestionBurst { get; set; } = 3;

    public string? Validate() =>
        QuestionsPerMinute <= 0 || QuestionBurst < 1 ? "Expo:Agenda:QuestionsPerMinute must be positive and QuestionBurst at least 1." : null;
}
