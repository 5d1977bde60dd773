namespace Expo.Grains.Booths;

/// <summary>
/// Shares storage writes between callers who need their changes durable. The first caller's write starts at once;
/// everyone who asks while a write is in flight waits for the next one, which covers all of them.
/// </summary>
/// <remarks>
/// Storage is paid per request far more than per byte, and a fast store answers before many callers have
/// gathered, so <c>spacing</c> makes a write start no sooner than that long after the previous one began: after a
/// quiet spell a write still starts at once, while under load each write carries everything that arrived in
/// between. Not thread-safe: a grain uses it from its own turns only.
/// </remarks>
internal sealed class GroupCommit(Func<Task> write, TimeSpan spacing, TimeProvider time)
{
    private TaskCompletionSource? _next;
    private bool _writing;
    private long _lastStart = long.MinValue;

    public GroupCommit(Func<Task> write)
        : this(write, TimeSpan.Zero, TimeProvider.System)
    {
    }

    /// <summary>Completes once a write that began after this call has finished; faults if that write failed.</summary>
    public Task CommitAsync()
    {
        _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commit = _next.Task;
        if (!_writing)
        {
            _ = DrainAsync();
        }

        return commit;
    }

    private async Task DrainAsync()
    {
        _writing = true;
        try
        {
            while (_next is not null)
            {
                await WaitForSpacingAsync();
                var batch = _next;
                _next = null;
                _lastStart = time.GetTimestamp();
                try
                {
                    await write();
                    batch.SetResult();
                }
                catch (Exception exception)
                {
                    batch.SetException(exception);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }

    private Task WaitForSpacingAsync()
    {
        if (spacing <= TimeSpan.Zero || _lastStart == long.MinValue)
        {
            return Task.CompletedTask;
        }

        var remaining = spacing - time.GetElapsedTime(_lastStart);
        return remaining > TimeSpan.Zero ? Task.Delay(remaining, time) : Task.CompletedTask;
    }
}
