namespace Expo.Web.Hubs;

/// <summary>
/// The order of one connection's hub calls when SignalR may run several at once. A <c>SendChat</c> starts once the
/// call before it has forwarded its line (or finished), so its line reaches the booth after the earlier one, while
/// both wait for storage together; any other call starts only when every earlier call has finished, and holds back
/// the calls after it, as if the connection ran one call at a time.
/// </summary>
internal sealed class InvocationTurns
{
    private readonly Lock _gate = new();

    // Every earlier call has forwarded (a line) or finished (anything else).
    private Task _forwarded = Task.CompletedTask;

    // Every earlier call has finished.
    private Task _finished = Task.CompletedTask;

    // The latest chat line while no other call came after it.
    private (string ClientMessageId, Task Done)? _lastLine;

    public static InvocationTurns Of(IDictionary<object, object?> connectionItems)
    {
        // A connection's calls start one after the other, so this never races with itself.
        if (connectionItems.TryGetValue(typeof(InvocationTurns), out var kept) && kept is InvocationTurns turns)
        {
            return turns;
        }

        turns = new InvocationTurns();
        connectionItems[typeof(InvocationTurns)] = turns;
        return turns;
    }

    /// <summary>Takes the next turn; must be called in the order the connection's calls arrived.</summary>
    public InvocationTurn Next(bool pipelined, string? clientMessageId = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (!pipelined)
            {
                var previous = _finished;
                _forwarded = _finished = done.Task;
                _lastLine = null;
                return new InvocationTurn(previous, done, done);
            }

            var forwarded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var after = _forwarded;
            _forwarded = forwarded.Task;
            _finished = _finished.IsCompleted ? done.Task : Task.WhenAll(_finished, done.Task);

            // Calls in flight may overtake each other on their way to the booth: the line names the one before it.
            var before = _lastLine is { Done.IsCompleted: false } last ? last.ClientMessageId : null;
            _lastLine = clientMessageId is null ? null : (clientMessageId, done.Task);
            return new InvocationTurn(after, forwarded, done, before);
        }
    }
}
