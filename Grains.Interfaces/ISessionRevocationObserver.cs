using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>A Web node's subscription to <see cref="ISessionRevocationRelayGrain"/>: a visitor's new standing after sessions ended.</summary>
[Alias("expo.ISessionRevocationObserver")]
public interface ISessionRevocationObserver : IGrainObserver
{
    /// <summary>Answered once the node refuses the ended sessions, so a revocation is acknowledged only when it holds.</summary>
    [Alias("sessions-revoked")]
    Task OnSessionsRevokedAsync(SessionStanding standing);
}
