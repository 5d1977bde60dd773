namespace Expo.Grains.Agenda;

[GenerateSerializer, Alias("expo.SessionQnaState")]
public sealed class SessionQnaState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public List<QnaEntry> Questions { get; set; } = [];

    /// <summary>Recent "actor/operation" keys with the question each touched, so a retry returns the first outcome.</summary>
    [Id(2)]
    public Dictionary<string, string> Operations { get; set; } = [];

    [Id(3)]
    public List<string> OperationOrder { get; set; } = [];
}

[GenerateSerializer, Alias("expo.QnaEntry")]
public sealed class QnaEntry
{
    [Id(0)]
    public string Id { get; set; } = "";

    [Id(1)]
    public string Text { get; set; } = "";

    [Id(2)]
    public string AskerId { get; set; } = "";

    [Id(3)]
    public string AskerName { get; set; } = "";

    [Id(4)]
    public DateTimeOffset AskedAt { get; set; }

    /// <summary>Who voted for it: one vote each, so the count cannot be inflated by repeating a vote.</summary>
    [Id(5)]
    public HashSet<string> Voters { get; set; } = [];

    [Id(6)]
    public bool Answered { get; set; }

    [Id(7)]
    public bool Hidden { get; set; }
}
