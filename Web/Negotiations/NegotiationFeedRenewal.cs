using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Negotiations;

/// <summary>
/// Subscribes to the signing wall as soon as the cluster answers, and renews every negotiation, inbox and wall
/// subscription well inside their expiry, sooner after a failed round (a grain moved to another silo has none).
/// </summary>
internal sealed class NegotiationFeedRenewal(NegotiationFeeds feeds, IOptions<PresenceOptions> options) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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

            var failed = await feeds.RenewAllAsync();
            delay = failed > 0 ? RetryAfterFailure : options.Value.RenewInterval;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await feeds.UnsubscribeAllAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception)
        {
            // Shutting down: subscriptions left behind expire on their own.
        }
    }
}
