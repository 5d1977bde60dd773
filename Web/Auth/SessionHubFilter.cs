using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Auth;

/// <summary>
/// Tracks each hub connection under its session, so a revocation pushed to this node closes it. The session was
/// checked when the connection's request came in; it is checked again here against what the node knows now, in case
/// a revocation arrived in between.
/// </summary>
internal sealed class SessionHubFilter(SessionConnections connections, SessionStandings standings) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var caller = context.Context;
        if (caller.User is { } user && SessionClaims.VisitorIdOf(user) is { } visitorId)
        {
            var sessionId = SessionClaims.SessionIdOf(user);
            var epoch = SessionClaims.EpochOf(user);
            connections.Add(visitorId, caller, sessionId, epoch);
            if (standings.Known(visitorId) is { } standing && !standing.Allows(sessionId, epoch))
            {
                caller.Abort();
            }
        }

        await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User is { } user && SessionClaims.VisitorIdOf(user) is { } visitorId)
        {
            connections.Remove(visitorId, context.Context.ConnectionId);
        }

        return next(context, exception);
    }
}
