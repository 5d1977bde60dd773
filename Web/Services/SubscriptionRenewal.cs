using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>
/// The node's one renewal loop: renews every subscription it holds to grains (booths with their connections' leases,
/// negotiations, inboxes, Q&amp;A, the expo-wide relays) well inside their expiry, sooner after a failed round (a grain
/// moved to another silo has forgotten them), and lets go of them when the node stops. The first round runs at
/// start, so the node hears the expo-wide relays from its first moment.
/// </summary>
internal sealed partial class SubscriptionRenewal(
    IEnumerable<IRenewedSubscriptions> subscriptions, IOptions<PresenceOptions> options, ILogger<SubscriptionRenewal> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private readonly IRenewedSubscriptions[] _subscriptions = [.. subscriptions];

    // Each kind keeps its own cadence, so a slow round of one (a relay grain moving silos) never holds up another's
    // renewals past the grains' expiry.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_subscriptions.Select(s => RenewUntilStoppedAsync(s, stoppingToken)));

    private async Task RenewUntilStoppedAsync(IRenewedSubscriptions subscription, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var failed = await RenewAsync(subscription);
            delay = failed > 0 ? RetryAfterFailure : options.Value.RenewInterval;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await Task.WhenAll(_subscriptions.Select(s => s.UnsubscribeAllAsync())).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception)
        {
            // Shutting down: subscriptions left behind expire on their own.
        }
    }

    private async Task<int> RenewAsync(IRenewedSubscriptions subscription)
    {
        try
        {
            return await subscription.RenewAllAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Each kind logs its own failures; this only keeps one kind's surprise from stopping the others' renewals.
            LogRoundFailed(logger, exception, subscription.GetType().Name);
            return 1;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A renewal round of {Kind} failed; will retry")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string kind);
}
