using Expo.Grains.Models;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Moderation;

/// <summary>Tells every Web node of an expo-wide ban, so each closes the banned person's connections.</summary>
public sealed class ModerationRelayGrain(ExpoClock clock, IOptions<PresenceOptions> presence)
    : NodeRelayGrain<IModerationObserver>(clock, presence), IModerationRelayGrain
{
    public Task RelayBanAsync(VisitorBanned banned) => RelayToNodesAsync(o => o.OnVisitorBannedAsync(banned));
}
