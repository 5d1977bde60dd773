using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>What a ban does beyond the booths, once it is stored and pushed.</summary>
public sealed partial class ModerationGrain
{
    /// <summary>
    /// The one place a stored ban takes effect on the person's connections and sessions. A booth ban needs nothing more
    /// here: the booth takes the visitor out on every Web node through its own subscribers, and they may go elsewhere.
    /// An expo-wide ban closes every hub connection the person has, on every Web node, and ends every session they hold,
    /// so the next request signs in again as a banned person (or is refused) instead of carrying on.
    /// </summary>
    private async Task OnBanStoredAsync(Sanction ban)
    {
        if (ban.BoothId is not null)
        {
            return;
        }

        await GrainFactory.GetGrain<IModerationRelayGrain>(ExpoId).RelayBanAsync(new VisitorBanned(ban.VisitorId, ban.Reason, ban.Until));
        await GrainFactory.GetGrain<IVisitorSessionsGrain>(ban.VisitorId).RevokeAllAsync("banned");
    }
}
