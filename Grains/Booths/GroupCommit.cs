namespace Expo.Grains.Booths;

/// <summary>
/// Shares storage writes between callers who need their changes durable. The first caller's write starts at once;
/// everyone who asks while a write is in flight waits for the next one, which covers all of them. The number of
/// writes therefore follows the storage's speed rather than the number of callers.
/// </summary>
/// <remarks>Not thread-safe: a grain uses it from its own turns only.</remarks>
internal sealed class GroupCommit(Func<Task> write)
{
    private TaskCompletionSource? _next;
    private bool _writing;

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
            while (_next is { } batch)
            {
                _next = null;
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
}
