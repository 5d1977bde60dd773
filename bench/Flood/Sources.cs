using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Expo.Bench.Flood;

/// <summary>
/// HTTP clients whose connections leave from a chosen loopback address (127.0.x.y): to the Web node each is a
/// different client address, as attackers and visitors on the internet would be.
/// </summary>
public static class Sources
{
    public static HttpClient Client(string baseUrl, IPAddress source, string? token = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public static IPAddress Address(int block, int n) => new([127, 0, (byte)block, (byte)n]);
}
