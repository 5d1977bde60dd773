namespace Expo.Grains.Tests.Infrastructure;

/// <summary>Sending the way the front end does when storage fails: note the refusal, then retry the same message id.</summary>
internal static class Attempts
{
    /// <summary>The stored line, or the refusal.</summary>
    public static async Task<object> OutcomeAsync(Task<ChatMessage> send)
    {
        try
        {
            return await send;
        }
        catch (ExpoException exception)
        {
            return exception;
        }
    }

    public static async Task<ChatMessage> RetryAsync(Func<Task<ChatMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                return await send();
            }
            catch (ExpoException exception) when (exception.Code == ExpoErrors.Unavailable && DateTime.UtcNow < deadline)
            {
                // Booths and journal shards reload from storage once idle; the same message id is safe to send again.
                await Task.Delay(50);
            }
        }
    }
}
