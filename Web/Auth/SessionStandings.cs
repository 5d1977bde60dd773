using System.Collections.Concurrent;
using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;
using Microsoft.Extensions.Options;

namespace Expo.Web.Auth;

/// <summary>
/// This node's short-lived knowledge of which sessions still count, per visitor: asked of the visitor's
/// <see cref="IVisitorSessionsGrain"/> at most once per <see cref="SessionOptions.CheckInterval"/>, and replaced at once
/// when a revocation is pushed. Hub connections are checked when they connect and closed when a push ends their session.
/// </summary>
public sealed partial class SessionStandings(
    IClusterClient cluster, SessionConnections connections, TimeProvider time, IOptions<SessionOptions> options, ILogger<SessionStandings> logger)
{
    /// <summary>How long a request waits for the first check of a visitor this node knows nothing of.</summary>
    private static readonly TimeSpan FirstCheckPatience = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, Task<SessionStanding?>> _refreshing = new();

    /// <summary>Whether the signed-in principal's session still counts. A principal without a visitor id is not a session of ours.</summary>
    public async ValueTask<bool> AllowsAsync(ClaimsPrincipal user)
    {
        if (SessionClaims.VisitorIdOf(user) is not { } visitorId)
        {
            return true;
        }

        var standing = await GetAsync(visitorId);
        return standing?.Allows(SessionClaims.SessionIdOf(user), SessionClaims.EpochOf(user)) ?? true;
    }

    /// <summary>What this node knows now, without asking the cluster; null when it knows nothing fresh.</summary>
    public SessionStanding? Known(string visitorId) => _entries.TryGetValue(visitorId, out var entry) ? entry.Standing : null;

    /// <summary>The visitor's standing from the grain, bypassing the cache: a new session must carry the current epoch.</summary>
    public async Task<SessionStanding> RefreshAsync(string visitorId)
    {
        var standing = await cluster.GetGrain<IVisitorSessionsGrain>(visitorId).GetStandingAsync();
        Apply(standing);
        return standing;
    }

    /// <summary>A newer standing (pushed, or answered by a revocation): remembered, and the sessions it ends lose their connections.</summary>
    public void Apply(SessionStanding standing)
    {
        var now = time.GetTimestamp();
        _entries.AddOrUpdate(
            standing.VisitorId,
            _ => new Entry(standing, now),
            (_, old) => new Entry(Newer(old.Standing, standing), now));
        connections.CloseEnded(Known(standing.VisitorId)!);
    }

    /// <summary>Forgets what is stale, so the cache holds only visitors active within a few check intervals.</summary>
    public void Sweep()
    {
        foreach (var (visitorId, entry) in _entries)
        {
            if (time.GetElapsedTime(entry.FetchedAt) > options.Value.CheckInterval * 4 && !connections.HasAny(visitorId))
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(visitorId, entry));
            }
        }
    }

    private async ValueTask<SessionStanding?> GetAsync(string visitorId)
    {
        if (_entries.TryGetValue(visitorId, out var entry))
        {
            if (time.GetElapsedTime(entry.FetchedAt) >= options.Value.CheckInterval)
            {
                // Answer from what is known and ask again beside the request: a slow or lost silo never adds to its latency.
                _ = RefreshQuietlyAsync(visitorId);
            }

            return entry.Standing;
        }

        try
        {
            return await RefreshQuietlyAsync(visitorId).WaitAsync(FirstCheckPatience);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>One refresh per visitor at a time; null when the cluster did not answer.</summary>
    private Task<SessionStanding?> RefreshQuietlyAsync(string visitorId)
    {
        var pending = new TaskCompletionSource<SessionStanding?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _refreshing.GetOrAdd(visitorId, pending.Task);
        if (running == pending.Task)
        {
            _ = CompleteRefreshAsync(visitorId, pending);
        }

        return running;
    }

    private async Task CompleteRefreshAsync(string visitorId, TaskCompletionSource<SessionStanding?> pending)
    {
        SessionStanding? standing = null;
        try
        {
            standing = await RefreshAsync(visitorId);
        }
        catch (Exception exception)
        {
            // The cluster cannot answer now: go on from what is known (pushes still arrive), rather than refuse everyone.
            LogCheckFailed(logger, exception, visitorId);
        }
        finally
        {
            _refreshing.TryRemove(new KeyValuePair<string, Task<SessionStanding?>>(visitorId, pending.Task));
            pending.SetResult(standing);
        }
    }

    private static SessionStanding Newer(SessionStanding old, SessionStanding update) =>
        update.Epoch > old.Epoch ? update
        : update.Epoch < old.Epoch ? old
        : update with { EndedSessions = [.. update.EndedSessions.Union(old.EndedSessions, StringComparer.Ordinal)] };

    private sealed record Entry(SessionStanding Standing, long FetchedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the sessions of visitor {VisitorId}; going on from what this node knows")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string visitorId);
}
