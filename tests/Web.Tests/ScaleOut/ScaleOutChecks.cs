using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.ScaleOut;

/// <summary>Settings and assertions shared by the cluster tests.</summary>
public static class ScaleOutChecks
{
    /// <summary>Booths of different pavilions; each test has its own cluster, so their chat starts at sequence 1.</summary>
    public static readonly string[] Booths =
    [
        "licheng-quanzhou-culture-tourism",
        "luoyang-old-town-culture-tourism",
        "dunhuang-culture-tourism",
        "jimsar-culture-tourism",
    ];

    /// <summary>
    /// On top of the short leases every process test uses (6 s, renewed every 2 s): booths look for expired leases
    /// every second, so a vanished connection drops out within the lease plus a second.
    /// </summary>
    public static readonly Dictionary<string, string> Settings = new()
    {
        ["Expo__Presence__SweepInterval"] = "00:00:01",
    };

    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(6);

    /// <summary>Generous bounds: the machine is shared, and a bound is a failure line, not a target.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The stored history of each booth holds every acknowledged line exactly once, at the sequence it was
    /// acknowledged with, sequences contiguous from 1, no client message id twice.
    /// </summary>
    public static async Task<Dictionary<string, IReadOnlyList<Grains.Models.ChatMessage>>> AssertHistoryAsync(Crowd crowd, IEnumerable<RoamingVisitor> readers)
    {
        var histories = new Dictionary<string, IReadOnlyList<Grains.Models.ChatMessage>>();
        foreach (var reader in readers.DistinctBy(r => r.BoothId))
        {
            var history = await reader.HistoryAsync();
            Assert.Equal(Enumerable.Range(1, history.Count).Select(n => (long)n), history.Select(m => m.Sequence));
            Assert.Equal(history.Count, history.Select(m => m.ClientMessageId).Distinct().Count());
            foreach (var acknowledged in crowd.Acknowledged.Where(a => a.Booth == reader.BoothId))
            {
                var stored = history[(int)acknowledged.Sequence - 1];
                Assert.Equal((acknowledged.ClientMessageId, acknowledged.Text), (stored.ClientMessageId, stored.Text));
            }

            histories[reader.BoothId] = history;
        }

        return histories;
    }

    /// <summary>What a visitor saw is exactly the stored history, with nothing delivered twice or mixed up.</summary>
    public static void AssertSawExactly(RoamingVisitor visitor, IReadOnlyList<Grains.Models.ChatMessage> history)
    {
        Assert.Equal(0, visitor.Chat.LiveDuplicates);
        Assert.Equal(0, visitor.Chat.Conflicts);
        Assert.Equal(0, visitor.Chat.ForeignEvents);
        Assert.Equal(0, visitor.Presence.ForeignEvents);
        Assert.Equal(0, visitor.Chat.PageErrors);
        Assert.Equal(history.Select(m => (m.Sequence, m.ClientMessageId)), visitor.Chat.Lines.Select(m => (m.Sequence, m.ClientMessageId)));
    }
}
