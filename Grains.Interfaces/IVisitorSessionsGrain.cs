using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// Which of one visitor's sessions still count, keyed by visitor id. A session carries its id and the visitor's session
/// epoch at issue; ending every session raises the epoch, ending one records its id until it would have expired anyway.
/// Web nodes read the standing (briefly cached) and hear each change through <see cref="ISessionRevocationRelayGrain"/>.
/// </summary>
[Alias("expo.IVisitorSessionsGrain")]
public interface IVisitorSessionsGrain : IGrainWithStringKey
{
    [Alias("standing")]
    Task<SessionStanding> GetStandingAsync();

    /// <summary>Ends one session (a sign-out); <paramref name="expiresAt"/> is when it would have ended by itself.</summary>
    [Alias("end")]
    Task<SessionStanding> EndSessionAsync(string sessionId, DateTimeOffset expiresAt);

    /// <summary>
    /// Ends every session of the visitor on every Web node within seconds, their hub connections included: a ban, a
    /// password change, a role taken away. Returns the standing new sessions are issued under.
    /// </summary>
    [Alias("revoke-all")]
    Task<SessionStanding> RevokeAllAsync(string reason);
}
