using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Web.Auth;

/// <summary>
/// Makes sure the expo can get its first organiser, and only the right person: with <c>Expo:Organiser:Email</c> and
/// <c>Password</c> set (the demo), that account is created and made an organiser; otherwise, while the expo has no
/// organiser, the one-time setup code (<c>Expo:Organiser:SetupCode</c>, or one generated once and kept in the cluster)
/// is logged, for <c>POST /api/auth/setup-organiser</c>. Every Web node does it: it is idempotent and every node shows
/// the same code.
/// </summary>
internal sealed partial class OrganiserSetup(
    IClusterClient cluster, IOptions<OrganiserOptions> options, ILogger<OrganiserSetup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var organiser = options.Value;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await SetUpAsync(organiser);
                return;
            }
            catch (ExpoException refusal)
            {
                LogRefused(logger, refusal.Message);
                return;
            }
            catch (Exception exception)
            {
                // The cluster may not answer yet while the node starts; try again, more slowly each time.
                LogRetry(logger, exception, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), stoppingToken);
            }
        }
    }

    private async Task SetUpAsync(OrganiserOptions organiser)
    {
        if (!string.IsNullOrWhiteSpace(organiser.Email))
        {
            var email = AccountRules.NormaliseEmail(organiser.Email);
            await cluster.GetGrain<IAccountGrain>(email).EnsureOrganiserAsync(organiser.Password!, organiser.DisplayName);
            LogReady(logger, email);
            return;
        }

        var code = await cluster.GetGrain<IOrganisersGrain>(OrganiserRules.RosterKey).GetOrCreateSetupCodeAsync(organiser.SetupCode);
        if (code is not null)
        {
            LogSetupCode(logger, string.IsNullOrWhiteSpace(organiser.SetupCode) ? code : "(the configured Expo:Organiser:SetupCode)");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Organiser account {Email} is ready")]
    private static partial void LogReady(ILogger logger, string email);

    // Warning, so it shows whatever the log level: the operator needs it once, to set up the first organiser.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Organiser setup code: {SetupCode} (POST /api/auth/setup-organiser; valid until the first organiser exists)")]
    private static partial void LogSetupCode(ILogger logger, string setupCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "The configured organiser was not set up: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not set up the organiser account yet (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception exception, int attempt);
}
