using System.Threading.Channels;

namespace Expo.Grains.Tests.Agenda;

/// <summary>A test's stand-in for a Web node subscribed to an expo's reminder relay: it queues the reminders it is sent.</summary>
internal sealed class ReminderListener : IReminderObserver
{
    private readonly Channel<SessionReminder> _reminders = Channel.CreateUnbounded<SessionReminder>();

    public ReminderListener(IClusterClient client) => Reference = client.CreateObjectReference<IReminderObserver>(this);

    public string NodeId { get; } = Infrastructure.TestKeys.New("node");

    /// <summary>Orleans holds the listener only weakly: the test keeps the listener alive while it listens.</summary>
    public IReminderObserver Reference { get; }

    public Task OnSessionReminderAsync(SessionReminder reminder)
    {
        _reminders.Writer.TryWrite(reminder);
        return Task.CompletedTask;
    }

    public async Task<SessionReminder> NextAsync() => await _reminders.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    public bool HasMore => _reminders.Reader.TryPeek(out _);
}
