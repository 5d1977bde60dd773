namespace Expo.Grains.Booths;

/// <summary>
/// Chat lines are counted in the booth's statistics where they are stored: the lines each journal append stored go to
/// the booth's analytics as one count, at most once a second, however fast the booth chats and however many Web nodes
/// carry it. Counts are figures, not records: a silo lost between two counts loses at most a second's worth.
/// </summary>
public sealed partial class BoothGrain
{
    private static readonly TimeSpan ChatCountInterval = TimeSpan.FromSeconds(1);

    private long _linesCounted;
    private IGrainTimer? _chatCountTimer;

    /// <summary>Called after each append that stored lines; the first one in a second starts the count's timer.</summary>
    private void ScheduleChatCount()
    {
        if (_chatCountTimer is not null)
        {
            return;
        }

        _chatCountTimer = this.RegisterGrainTimer(
            CountChatAsync, new GrainTimerCreationOptions(ChatCountInterval, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private Task CountChatAsync(CancellationToken cancellationToken)
    {
        _chatCountTimer?.Dispose();
        _chatCountTimer = null;
        SendChatCount();
        return Task.CompletedTask;
    }

    private void SendChatCount()
    {
        var lines = _linesStored - _linesCounted;
        if (lines <= 0)
        {
            return;
        }

        _linesCounted = _linesStored;
        GrainFactory.GetGrain<IBoothAnalyticsGrain>(BoothId).RecordChatAsync(lines).Ignore();
    }
}
