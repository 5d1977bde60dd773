using Expo.Grains.Models;

namespace Expo.Grains.Inbox;

[GenerateSerializer, Alias("expo.InboxState")]
public sealed class InboxState
{
    /// <summary>The pending item of each negotiation that waits for this user.</summary>
    [Id(0)]
    public Dictionary<string, InboxItem> Items { get; set; } = [];

    /// <summary>The latest revision applied per negotiation not sealed yet, kept after its item is cleared so a late update cannot revive it.</summary>
    [Id(1)]
    public Dictionary<string, long> Revisions { get; set; } = [];

    /// <summary>Negotiations in <see cref="Revisions"/> that wait for nothing from this user, in the order they settled: the oldest are sealed first.</summary>
    [Id(2)]
    public List<string> Settled { get; set; } = [];

    /// <summary>How many pages of settled negotiations are sealed in grains of their own.</summary>
    [Id(3)]
    public long PagesSealed { get; set; }
}
