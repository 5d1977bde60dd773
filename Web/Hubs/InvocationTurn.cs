namespace Expo.Web.Hubs;

/// <summary>One hub call's place in its connection's order: what it waits for, and what the calls after it wait for.</summary>
internal sealed class InvocationTurn(Task previous, TaskCompletionSource forwarded, TaskCompletionSource done, string? after = null)
{
    /// <summary>The client message id of the connection's line sent just before this one, while that one is unanswered.</summary>
    public string? After { get; } = after;

    /// <summary>Completes when this call may start.</summary>
    public Task Previous { get; } = previous;

    /// <summary>The call handed its work on (a chat line to its booth): the connection's next line may start.</summary>
    public void Forwarded() => forwarded.TrySetResult();

    public void Complete()
    {
        forwarded.TrySetResult();
        done.TrySetResult();
    }
}
