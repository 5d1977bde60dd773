using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Agenda;

/// <summary>The node's one observer of every visitor it has connections of: a plan reminder goes to that visitor's local connections.</summary>
internal sealed class ReminderBroadcaster(IHubContext<ExpoHub, IExpoClient> hub) : IReminderObserver
{
    public Task OnSessionReminderAsync(SessionReminder reminder) =>
        hub.Clients.Group(ExpoHub.PlanGroup(reminder.VisitorId)).SessionReminder(reminder);
}
