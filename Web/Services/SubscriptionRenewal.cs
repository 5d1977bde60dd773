using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>Renews this node's leases and booth subscriptions well inside the lease time, and sooner after a failed round.</summary>
internal sealed class SubscriptionRenewal(BoothSubscriptions subscriptions, IOptions<PresenceOptions> options) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.RenewInterval;
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

            var failed = await subscriptions.RenewAllAsync();
            delay = failed > 0 ? RetryAfterFailure : options.Value.RenewInterval;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await subscriptions.UnsubscribeAllAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception)
        {
            // Shutting down: subscriptions left behind expire on their own.
        }
    }
}
