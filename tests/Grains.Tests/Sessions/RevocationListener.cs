namespace Expo.Grains.Tests.Sessions;

/// <summary>
/// A test's stand-in for a Web node subscribed to the session revocation relay: it answers each standing after
/// <paramref name="answerAfter"/> (never, when null), and records it as applied only then, as a node does.
/// </summary>
internal sealed class RevocationListener(TimeSpan? answerAfter) : ISessionRevocationObserver
{
    private readonly List<SessionStanding> _applied = [];

    public string NodeId { get; } = Infrastructure.TestKeys.New("node");

    /// <summary>Orleans holds the listener only weakly: the test keeps the listener alive while it listens.</summary>
    public ISessionRevocationObserver? Reference { get; private set; }

    public IReadOnlyList<SessionStanding> Applied
    {
        get
        {
            lock (_applied)
            {
                return [.. _applied];
            }
        }
    }

    public async Task SubscribeAsync(IClusterClient client)
    {
        Reference = client.CreateObjectReference<ISessionRevocationObserver>(this);
        await client.GetGrain<ISessionRevocationRelayGrain>(SessionRules.RelayKey).SubscribeAsync(NodeId, Reference);
    }

    public async Task OnSessionsRevokedAsync(SessionStanding standing)
    {
        if (answerAfter is not { } delay)
        {
            await new TaskCompletionSource().Task;
            return;
        }

        await Task.Delay(delay);
        lock (_applied)
        {
            _applied.Add(standing);
        }
    }
}
