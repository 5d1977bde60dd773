using Expo.Grains.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Sessions;

/// <summary>
/// Tells every Web node of ended sessions and answers when they all refuse them; a node that missed one while the relay
/// moved, or did not answer in time, learns it from its own re-check of the visitor's standing.
/// </summary>
public sealed partial class SessionRevocationRelayGrain(
    ExpoClock clock, IOptions<PresenceOptions> presence, ILogger<SessionRevocationRelayGrain> logger)
    : NodeRelayGrain<ISessionRevocationObserver>(clock, presence), ISessionRevocationRelayGrain
{
    public async Task RelayAsync(SessionStanding standing)
    {
        var unconfirmed = await RelayToNodesAndWaitAsync(o => o.OnSessionsRevokedAsync(standing), SessionRules.RelayPatience);
        if (unconfirmed > 0)
        {
            LogUnconfirmed(logger, standing.VisitorId, unconfirmed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Visitor {VisitorId}: {Nodes} Web node(s) did not confirm the ended sessions; they refuse them at their next re-check")]
    private static partial void LogUnconfirmed(ILogger logger, string visitorId, int nodes);
}
