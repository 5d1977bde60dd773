using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// A TCP load balancer on a free loopback port: each accepted connection goes to the first backend that accepts
/// a connection, skipping dead ones, and bytes are copied both ways until either side closes (so WebSockets pass
/// through). <see cref="Hold"/> makes new connections wait, like a balancer that has not yet noticed a dead node.
/// </summary>
public sealed class LoopbackBalancer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<Uri> _backends;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private readonly ConcurrentDictionary<Uri, int> _forwarded = new();
    private readonly Task _accepting;
    private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LoopbackBalancer(IReadOnlyList<Uri> backends)
    {
        _backends = backends;
        _open.SetResult();
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>How many connections went to this backend so far.</summary>
    public int ForwardedTo(Uri backend) => _forwarded.GetValueOrDefault(backend);

    public void Hold()
    {
        if (_open.Task.IsCompleted)
        {
            _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release() => _open.TrySetResult();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _sockets[client] = 0;
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        Socket? backend = null;
        try
        {
            await _open.Task.WaitAsync(_stop.Token);
            foreach (var candidate in _backends)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                _sockets[socket] = 0;
                try
                {
                    await socket.ConnectAsync(IPAddress.Loopback, candidate.Port, _stop.Token).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
                    _forwarded.AddOrUpdate(candidate, 1, (_, n) => n + 1);
                    backend = socket;
                    break;
                }
                catch (Exception) when (!_stop.IsCancellationRequested)
                {
                    // Refused or silent: this backend is down, try the next one.
                    Close(socket);
                }
            }

            if (backend is not null)
            {
                using var clientStream = new NetworkStream(client, ownsSocket: false);
                using var backendStream = new NetworkStream(backend, ownsSocket: false);
                await Task.WhenAny(clientStream.CopyToAsync(backendStream, _stop.Token), backendStream.CopyToAsync(clientStream, _stop.Token));
            }
        }
        catch (Exception)
        {
            // Either side went away, or the balancer stops: the connection ends, as it would behind a real balancer.
        }
        finally
        {
            Close(client);
            if (backend is not null)
            {
                Close(backend);
            }
        }
    }

    private void Close(Socket socket)
    {
        _sockets.TryRemove(socket, out _);
        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        Release();
        foreach (var socket in _sockets.Keys)
        {
            socket.Dispose();
        }

        await _accepting;
        _stop.Dispose();
    }
}
