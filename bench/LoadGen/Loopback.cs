using System.Net;
using System.Net.Sockets;

namespace Expo.Bench.LoadGen;

/// <summary>
/// HTTP handlers whose connections leave from one loopback source address (127.0.0.2, .3, …): each address has
/// its own ephemeral ports, so tens of thousands of sockets to one server port never run out of them.
/// </summary>
internal static class Loopback
{
    public static SocketsHttpHandler Handler(IPAddress source, int maxConnectionsPerServer) => new()
    {
        UseCookies = false,
        UseProxy = false,
        MaxConnectionsPerServer = maxConnectionsPerServer,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        ConnectCallback = ConnectFrom(() => source),
    };

    /// <summary>A connect callback whose sockets leave from the address <paramref name="source"/> gives at each connect.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectFrom(Func<IPAddress> source) =>
        async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source(), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
