using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>The node's one observer of every visitor it has connections of: a plan reminder goes to that visitor's local connections.</summary>
internal sealed class ReminderBroadcaster(
    IHubContext<ExpoHub, IExpoClient> hub, SessionConnections connections, IOptions<HubConnectionOptions> options) : IReminderObserver
{
    public Task OnSessionReminderAsync(SessionReminder reminder)
    {
        if (!options.Value.RemindersWithoutGroups)
        {
            return hub.Clients.Group(ExpoHub.PlanGroup(reminder.VisitorId)).SessionReminder(reminder);
        }

        var local = connections.ConnectionIdsOf(reminder.VisitorId);
        return local.Count == 0 ? Task.CompletedTask : hub.Clients.Clients(local).SessionReminder(reminder);
    }
}
