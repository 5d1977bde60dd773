using System.Net;
using System.Net.Sockets;

namespace Expo.Web.Tests.Infrastructure;

public static class FreePorts
{
    // Below Linux's ephemeral range (32768 and up), so a port handed out here cannot be taken as the source port of
    // some outgoing connection between the check and the bind; and clear of Orleans' test-cluster allocator (22300+)
    // and of a running expo's defaults (5080, 10000, 11111, 30000).
    private const int First = 15000;
    private const int End = 22000;

    private static readonly HashSet<int> Given = [];

    /// <summary>A loopback port nobody listens on right now, so tests run beside a running expo.</summary>
    public static int Next() => NextRun(1);

    /// <summary>
    /// The first of <paramref name="count"/> consecutive free loopback ports, for a process that takes a port and its
    /// neighbours (storage takes blob, queue and table in a row). No port is handed out twice in one test run.
    /// </summary>
    public static int NextRun(int count)
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var first = Random.Shared.Next(First, End - count);
                var ports = Enumerable.Range(first, count).ToArray();
                if (ports.Any(Given.Contains) || !ports.All(IsFree))
                {
                    continue;
                }

                Given.UnionWith(ports);
                return first;
            }
        }

        throw new InvalidOperationException($"No {count} free consecutive loopback ports between {First} and {End}.");
    }

    private static bool IsFree(int port) =>
        CanBind(IPAddress.Loopback, port) && (!Socket.OSSupportsIPv6 || CanBind(IPAddress.IPv6Loopback, port));

    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied or SocketError.AddressNotAvailable)
        {
            return e.SocketErrorCode == SocketError.AddressNotAvailable && address.Equals(IPAddress.IPv6Loopback);
        }
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
