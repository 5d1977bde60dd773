using Orleans;

namespace Expo.Web.Hosting;

/// <summary>
/// Keeps trying to reach the cluster at start-up, so a Web node may start before the silos do;
/// <c>/health/ready</c> stays 503 until it connects.
/// </summary>
internal sealed partial class ClusterConnectionRetry(ILogger<ClusterConnectionRetry> logger) : IClientConnectionRetryFilter
{
    private int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempt);
        LogRetry(logger, exception.Message, attempt);
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
        return !cancellationToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster not reachable yet ({Reason}); attempt {Attempt}, retrying")]
    private static partial void LogRetry(ILogger logger, string reason, int attempt);
}
