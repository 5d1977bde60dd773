using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>
/// Renews this node's subscriptions to grains well inside their expiry, sooner after a failed round (a grain moved
/// to another silo has forgotten them), and lets go of them when the node stops.
/// </summary>
internal abstract class RenewalLoop(IOptions<PresenceOptions> options, TimeSpan firstRound) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    /// <summary>One round over every subscription; returns how many could not be renewed.</summary>
    protected abstract Task<int> RenewAllAsync();

    protected abstract Task UnsubscribeAllAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = firstRound;
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

            var failed = await RenewAllAsync();
            delay = failed > 0 ? RetryAfterFailure : options.Value.RenewInterval;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await UnsubscribeAllAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception)
        {
            // Shutting down: subscriptions left behind expire on their own.
        }
    }
}
