namespace Expo.Grains.Booths;

/// <summary>
/// Lines of one connection sent without waiting for each other can reach the booth in any order: Orleans does not keep
/// the order of calls in flight. Such a line names the line its connection sent just before, and the booth appends it
/// only once that one has arrived (appended or refused), so a sender's lines keep the order they were sent in.
/// </summary>
internal sealed class ChatArrivals
{
    /// <summary>How long a line waits for the one before it; a line lost on the way must not hold the next one forever.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private readonly Dictionary<(string SenderId, string ClientMessageId), TaskCompletionSource> _waiting = [];

    public async Task WaitForAsync(string senderId, string clientMessageId)
    {
        var key = (senderId, clientMessageId);
        if (!_waiting.TryGetValue(key, out var arrival))
        {
            arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[key] = arrival;
        }

        try
        {
            await arrival.Task.WaitAsync(MaxWait);
        }
        catch (TimeoutException)
        {
            // Lost or refused before it was seen: the line goes ahead without it.
            _waiting.Remove(key);
        }
    }

    /// <summary>The line reached the booth and was appended or refused; a line waiting for it goes ahead.</summary>
    public void Arrived(string senderId, string clientMessageId)
    {
        if (_waiting.Remove((senderId, clientMessageId), out var arrival))
        {
            arrival.TrySetResult();
        }
    }
}
