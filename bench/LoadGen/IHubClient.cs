namespace Expo.Bench.LoadGen;

/// <summary>One visitor's hub connection, in either client mode.</summary>
internal interface IHubClient : IAsyncDisposable
{
    bool IsOpen { get; }

    Task ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Enters a booth and returns the snapshot's <c>lastSequence</c>.</summary>
    Task<long> EnterBoothAsync(string boothId);

    Task<long> SendChatAsync(string boothId, string clientMessageId, string text);

    /// <summary>Keeps an otherwise silent connection alive (the server drops clients it has not heard from in 30 s).</summary>
    Task KeepAliveAsync();
}

/// <summary>A hub error or a failed call, with the server's message.</summary>
internal sealed class HubCallException(string message) : Exception(message);
