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

    /// <summary>
    /// How long a revocation waits for the Web nodes to confirm they refuse the ended sessions before it is answered
    /// anyway; a node that is slower than that refuses them at its next re-check of the visitor.
    /// </summary>
    public static readonly TimeSpan RelayPatience = TimeSpan.FromSeconds(2);
}
