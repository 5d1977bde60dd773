using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Bench.LoadGen;

/// <summary>The official .NET SignalR client over WebSockets, negotiation skipped: what a real .NET app would use.</summary>
internal sealed class OfficialHubClient : IHubClient
{
    private readonly HubConnection _connection;

    public OfficialHubClient(Uri hubUri, HttpMessageInvoker invoker, Visitor visitor)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(hubUri, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.SetRequestHeader("Authorization", $"Bearer {visitor.Token}");
                    await socket.ConnectAsync(context.Uri, invoker, cancellationToken);
                    return socket;
                };
            })
            .Build();
        _connection.On<ChatEvent>("ChatMessage", m =>
            visitor.Worker.OnChat(visitor, m.BoothId == visitor.Current?.Id, m.Sequence, ChatText.ScheduledOf(m.Text)));
        // One event per booth write (the chatBatches feature): each line is counted as a ChatMessage would be.
        _connection.On<BatchEvent>("ChatBatch", batch =>
        {
            foreach (var m in batch.Messages)
            {
                visitor.Worker.OnChat(visitor, m.BoothId == visitor.Current?.Id, m.Sequence, ChatText.ScheduledOf(m.Text));
            }
        });
        _connection.On<PresenceEvent>("PresenceChanged", p =>
        {
            if (p.Joined.Count > 0)
            {
                visitor.Worker.OnPresence(visitor, p.BoothId, [.. p.Joined.Select(j => j.VisitorId)]);
            }
        });
        _connection.Closed += _ =>
        {
            visitor.Worker.OnConnectionClosed();
            return Task.CompletedTask;
        };
    }

    public bool IsOpen => _connection.State == HubConnectionState.Connected;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await _connection.StartAsync(cancellationToken);
        try
        {
            // As the lean client and the front end do: one event per booth write where the server offers it (the expo as
            // shipped); a server that does not (expo-lines, the baseline) keeps sending single lines.
            await _connection.InvokeAsync<string[]>("EnableFeatures", new[] { "chatBatches" }, cancellationToken);
        }
        catch (HubException)
        {
            // Single lines it is: the ChatMessage handler counts them.
        }
    }

    public async Task<long> EnterBoothAsync(string boothId)
    {
        try
        {
            return (await _connection.InvokeAsync<SnapshotEvent>("EnterBooth", boothId)).LastSequence;
        }
        catch (Exception exception) when (exception is not HubCallException)
        {
            throw new HubCallException(exception.Message);
        }
    }

    public async Task<long> SendChatAsync(string boothId, string clientMessageId, string text)
    {
        try
        {
            return await _connection.InvokeAsync<long>("SendChat", boothId, clientMessageId, text);
        }
        catch (Exception exception) when (exception is not HubCallException)
        {
            throw new HubCallException(exception.Message);
        }
    }

    // The official client sends its own pings every 15 s.
    public Task KeepAliveAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private sealed record ChatEvent(string BoothId, long Sequence, string Text);

    private sealed record BatchEvent(string BoothId, IReadOnlyList<ChatEvent> Messages);

    private sealed record VisitorEvent(string VisitorId);

    private sealed record PresenceEvent(string BoothId, IReadOnlyList<VisitorEvent> Joined);

    private sealed record SnapshotEvent(long LastSequence);
}
