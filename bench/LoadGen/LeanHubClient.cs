using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace Expo.Bench.LoadGen;

/// <summary>
/// The SignalR JSON hub protocol written directly over a <see cref="ClientWebSocket"/>: negotiation skipped,
/// records separated by 0x1E, parsed in place with <see cref="Utf8JsonReader"/>. It costs a fraction of the
/// official client's CPU per delivery, so the generator is not what limits the measured ceiling.
/// </summary>
internal sealed partial class LeanHubClient(Uri hubUri, HttpMessageInvoker invoker, Visitor visitor) : IHubClient
{
    private const byte RecordSeparator = 0x1E;

    // What the official client does: a ping after 15 s without sending, well inside the server's 30 s timeout.
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _out = new(256);
    private readonly Dictionary<int, PendingCall> _pending = [];
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[] _buffer = new byte[4096];
    private int _filled;
    private int _nextId;
    private long _lastSend;
    private volatile bool _open;

    private static ReadOnlySpan<byte> Handshake => "{\"protocol\":\"json\",\"version\":1}\u001e"u8;

    private static ReadOnlySpan<byte> Ping => "{\"type\":6}\u001e"u8;

    private enum ResultKind
    {
        None,
        Number,
        Snapshot,
    }

    private enum Target
    {
        Other,
        Chat,
        Batch,
        Presence,
    }

    public bool IsOpen => _open;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        _socket.Options.SetRequestHeader("Authorization", $"Bearer {visitor.Token}");
        await _socket.ConnectAsync(hubUri, invoker, cancellationToken);
        _open = true;
        _ = ReceiveLoopAsync();
        await SendRawAsync(Handshake.ToArray());
        await _handshake.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        try
        {
            // One event per booth write where the server offers it; a server that does not keeps sending single lines.
            await InvokeAsync("EnableFeatures", ResultKind.None, "chatBatches", null, null, firstIsList: true);
        }
        catch (HubCallException)
        {
            // Single lines it is: OnChat handles them.
        }
    }

    public async Task<long> EnterBoothAsync(string boothId) => await InvokeAsync("EnterBooth", ResultKind.Snapshot, boothId, null, null);

    public Task<long> SendChatAsync(string boothId, string clientMessageId, string text) =>
        InvokeAsync("SendChat", ResultKind.Number, boothId, clientMessageId, text);

    public Task KeepAliveAsync() =>
        Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastSend)) > KeepAliveInterval && _open ? SendRawAsync(Ping.ToArray()) : Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _open = false;
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<long> InvokeAsync(string target, ResultKind kind, string first, string? second, string? third, bool firstIsList = false)
    {
        var call = new PendingCall(kind);
        await _sendLock.WaitAsync();
        var id = 0;
        try
        {
            id = ++_nextId;
            lock (_pending)
            {
                _pending[id] = call;
            }

            _out.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_out))
            {
                writer.WriteStartObject();
                writer.WriteNumber("type"u8, 1);
                Span<byte> digits = stackalloc byte[11];
                Utf8Formatter.TryFormat(id, digits, out var length);
                writer.WriteString("invocationId"u8, digits[..length]);
                writer.WriteString("target"u8, target);
                writer.WriteStartArray("arguments"u8);
                if (firstIsList)
                {
                    writer.WriteStartArray();
                }

                writer.WriteStringValue(first);
                if (firstIsList)
                {
                    writer.WriteEndArray();
                }

                if (second is not null)
                {
                    writer.WriteStringValue(second);
                    writer.WriteStringValue(third);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            _out.Write([RecordSeparator]);
            await _socket.SendAsync(_out.WrittenMemory, WebSocketMessageType.Text, true, CancellationToken.None);
            Interlocked.Exchange(ref _lastSend, Stopwatch.GetTimestamp());
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            lock (_pending)
            {
                _pending.Remove(id);
            }

            throw new HubCallException($"connection lost: {exception.Message}");
        }
        finally
        {
            _sendLock.Release();
        }

        return await call.Result.Task;
    }

    private async Task SendRawAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
            Interlocked.Exchange(ref _lastSend, Stopwatch.GetTimestamp());
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                if (_filled == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                var received = await _socket.ReceiveAsync(_buffer.AsMemory(_filled), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                _filled += received.Count;
                visitor.Worker.OnReceived(received.Count, received.EndOfMessage);
                var start = 0;
                int end;
                while ((end = Array.IndexOf(_buffer, RecordSeparator, start, _filled - start)) >= 0)
                {
                    HandleRecord(_buffer.AsSpan(start, end - start));
                    start = end + 1;
                }

                if (start > 0)
                {
                    Buffer.BlockCopy(_buffer, start, _buffer, 0, _filled - start);
                    _filled -= start;
                    if (_filled == 0 && _buffer.Length > 16384)
                    {
                        _buffer = new byte[4096];
                    }
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection ended; what is pending fails below.
        }
        finally
        {
            Closed();
        }
    }

    private void Closed()
    {
        _open = false;
        _handshake.TrySetException(new HubCallException("connection closed during the handshake"));
        visitor.Worker.OnConnectionClosed();
        List<PendingCall> pending;
        lock (_pending)
        {
            pending = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var call in pending)
        {
            call.Result.TrySetException(new HubCallException("connection closed"));
        }
    }
    private sealed class PendingCall(ResultKind kind)
    {
        public ResultKind Kind { get; } = kind;

        public TaskCompletionSource<long> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
