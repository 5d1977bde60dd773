using Expo.Grains.Models;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Agenda;

/// <summary>Passes each session reminder to every Web node, which pushes it to the visitor's connections there.</summary>
public sealed class ReminderRelayGrain(ExpoClock clock, IOptions<PresenceOptions> presence)
    : NodeRelayGrain<IReminderObserver>(clock, presence), IReminderRelayGrain
{
    public Task RelayAsync(SessionReminder reminder) => RelayToNodesAsync(o => o.OnSessionReminderAsync(reminder));
}
