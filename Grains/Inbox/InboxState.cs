using Expo.Grains.Models;

namespace Expo.Grains.Inbox;

[GenerateSerializer, Alias("expo.InboxState")]
public sealed class InboxState
{
    /// <summary>The pending item of each negotiation that waits for this user.</summary>
    [Id(0)]
    public Dictionary<string, InboxItem> Items { get; set; } = [];

    /// <summary>The latest revision applied per negotiation, kept after its item is cleared so a late update cannot revive it.</summary>
    [Id(1)]
    public Dictionary<string, long> Revisions { get; set; } = [];
}
