namespace Expo.Grains;

/// <summary>Keys and bounds of session revocation, shared by the grains and the Web nodes.</summary>
public static class SessionRules
{
    /// <summary>The key of the cluster's one <see cref="ISessionRevocationRelayGrain"/>.</summary>
    public const string RelayKey = "sessions";

    /// <summary>
    /// Signed-out sessions one visitor's standing lists before it ends them all instead: the list stays small however
    /// often someone signs in and out.
    /// </summary>
    public const int MaxEndedSessions = 32;
}
