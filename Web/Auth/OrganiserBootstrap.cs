using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Auth;

/// <summary>
/// Makes sure the configured first organiser exists. Every Web node does it: it is idempotent, so no node has to
/// be the one, and the organiser can sign in as soon as any node is up.
/// </summary>
internal sealed partial class OrganiserBootstrap(
    IClusterClient cluster, IOptions<OrganiserOptions> options, ILogger<OrganiserBootstrap> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var organiser = options.Value;
        if (string.IsNullOrWhiteSpace(organiser.Email))
        {
            return;
        }

        var email = AccountRules.NormaliseEmail(organiser.Email);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await cluster.GetGrain<IAccountGrain>(email).EnsureOrganiserAsync(organiser.Password!, organiser.DisplayName);
                LogReady(logger, email);
                return;
            }
            catch (Exception exception) when (exception is not ExpoException)
            {
                // The cluster may not answer yet while the node starts; try again, more slowly each time.
                LogRetry(logger, exception, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Organiser account {Email} is ready")]
    private static partial void LogReady(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not set up the organiser account yet (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception exception, int attempt);
}
