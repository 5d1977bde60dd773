namespace Expo.Grains.Tests.Agenda;

/// <summary>Session drafts for tests, relative to the fake clock.</summary>
internal static class Sessions
{
    public static AgendaSessionDraft Draft(DateTimeOffset startsAt, string place = AgendaRules.MainStage, string? streamUrl = "https://video.example.com/live/1",
        params AgendaSpeaker[] speakers) => new(
        new LocalizedText("Signing ceremony", "签约仪式"),
        new LocalizedText("The seven cities sign.", "七城签约。"),
        startsAt,
        startsAt.AddMinutes(45),
        place,
        speakers,
        streamUrl);

    public static AgendaSpeaker Speaker(string name = "Huang Huican", string? accountId = null) =>
        new(name, "Licheng District", new LocalizedText("Secretary", "书记"), null, accountId);
}
