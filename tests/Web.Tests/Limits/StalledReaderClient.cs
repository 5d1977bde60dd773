using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Expo.Web.Tests.Limits;

/// <summary>
/// A hub client that speaks SignalR's JSON protocol over a raw WebSocket, enters a booth, keeps its connection alive
/// with pings and never reads what the server sends: a crashed tab behind a live proxy, or someone trying to stall
/// the node. Its socket's receive buffer is small, so the server's side fills after a few megabytes.
/// </summary>
public sealed class StalledReaderClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';

    private readonly SocketsHttpHandler _handler;
    private readonly HttpMessageInvoker _invoker;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _pinging = Task.CompletedTask;


    private StalledReaderClient()
    {
        _handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        _invoker = new HttpMessageInvoker(_handler);
    }

    public static async Task<StalledReaderClient> EnterAsync(Uri node, string token, string boothId)
    {
        var client = new StalledReaderClient();
        var hub = new Uri($"ws://{node.Authority}/hubs/expo?access_token={Uri.EscapeDataString(token)}");
        await client._socket.ConnectAsync(hub, client._invoker, CancellationToken.None);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        await client.SendAsync($$"""{"type":1,"invocationId":"1","target":"EnterBooth","arguments":["{{boothId}}"]}""");
        client._pinging = client.PingUntilStoppedAsync();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pinging;
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        _handler.Dispose();
        _stop.Dispose();
    }

    private Task SendAsync(string record) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(record + RecordSeparator), WebSocketMessageType.Text, true, _stop.Token);

    // The server closes a connection it has heard nothing from for 30 s; pings keep this one open.
    private async Task PingUntilStoppedAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await SendAsync("""{"type":6}""");
                await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}
