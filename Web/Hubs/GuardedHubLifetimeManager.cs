using System.Collections.Concurrent;
using Expo.Web.Hosting;
using Expo.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>
/// The hub's connections and groups on this node, sending so that no connection can hold up another. SignalR's own
/// manager makes every send wait for its slowest connection; the node's one booth observer awaits its sends, so a single
/// client that stops reading its socket (and keeps it open with pings) froze live chat and presence for every booth on
/// the node once its buffers filled. Here a send hands the message to every connection and returns. A connection's
/// messages still reach it in the order sent: a write it cannot take at once queues on the connection's own write lock,
/// which SignalR releases first in, first out. A connection that takes none of its waiting messages for
/// <see cref="ExpoHubOptions.SlowReaderPatience"/>, or lets <see cref="ExpoHubOptions.SlowReaderMaxPending"/> pile up,
/// is closed: a real client reconnects and catches up with <c>ChatSince</c>, as after any drop.
/// </summary>
internal sealed partial class GuardedHubLifetimeManager<THub> : HubLifetimeManager<THub>, IDisposable where THub : Hub
{
    private readonly ConcurrentDictionary<string, HubReader> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubReader>> _groups = new(StringComparer.Ordinal);
    private readonly Lock _membership = new();

    // Client results (a server awaiting a client's answer) are rare and need SignalR's bookkeeping; the default manager
    // keeps it, told of every connection, and sends nothing else.
    private readonly DefaultHubLifetimeManager<THub> _results;
    private readonly Func<long> _clock;
    private readonly long _patience;
    private readonly int _maxPending;
    private readonly ITimer _sweep;
    private readonly ILogger _logger;

    public GuardedHubLifetimeManager(
        IOptions<ExpoHubOptions> options, TimeProvider time, ILogger<DefaultHubLifetimeManager<THub>> defaultLogger,
        ILogger<GuardedHubLifetimeManager<THub>> logger)
    {
        _results = new DefaultHubLifetimeManager<THub>(defaultLogger);
        _clock = time.GetTimestamp;
        var patience = options.Value.SlowReaderPatience;
        _patience = (long)(patience.TotalSeconds * time.TimestampFrequency);
        _maxPending = options.Value.SlowReaderMaxPending;
        _logger = logger;
        var every = TimeSpan.FromTicks(Math.Max(patience.Ticks / 4, TimeSpan.FromMilliseconds(250).Ticks));
        _sweep = time.CreateTimer(_ => Sweep(), null, every, every);
    }

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        _connections[connection.ConnectionId] = new HubReader(connection, _clock());
        return _results.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        lock (_membership)
        {
            if (_connections.TryRemove(connection.ConnectionId, out var reader))
            {
                foreach (var group in reader.Groups)
                {
                    LeaveGroup(connection.ConnectionId, group);
                }
            }
        }

        return _results.OnDisconnectedAsync(connection);
    }

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(groupName);
        lock (_membership)
        {
            if (_connections.TryGetValue(connectionId, out var reader) && reader.Join(groupName))
            {
                _groups.GetOrAdd(groupName, _ => new(StringComparer.Ordinal))[connectionId] = reader;
            }
        }

        return Task.CompletedTask;
    }

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(groupName);
        lock (_membership)
        {
            if (_connections.TryGetValue(connectionId, out var reader) && reader.Leave(groupName))
            {
                LeaveGroup(connectionId, groupName);
            }
        }

        return Task.CompletedTask;
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        SerializedHubMessage? message = null;
        WriteTo(_connections, methodName, args, null, ref message);
        return Task.CompletedTask;
    }

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default)
    {
        SerializedHubMessage? message = null;
        WriteTo(_connections, methodName, args, excludedConnectionIds, ref message);
        return Task.CompletedTask;
    }

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        if (_connections.TryGetValue(connectionId, out var reader))
        {
            Write(reader, Serialize(methodName, args));
        }

        return Task.CompletedTask;
    }

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        SerializedHubMessage? message = null;
        foreach (var connectionId in connectionIds)
        {
            if (_connections.TryGetValue(connectionId, out var reader))
            {
                Write(reader, message ??= Serialize(methodName, args));
            }
        }

        return Task.CompletedTask;
    }

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        if (_groups.TryGetValue(groupName, out var members))
        {
            SerializedHubMessage? message = null;
            WriteTo(members, methodName, args, null, ref message);
        }

        return Task.CompletedTask;
    }

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        SerializedHubMessage? message = null;
        foreach (var groupName in groupNames)
        {
            if (string.IsNullOrEmpty(groupName))
            {
                throw new InvalidOperationException("Cannot send to an empty group name.");
            }

            if (_groups.TryGetValue(groupName, out var members))
            {
                WriteTo(members, methodName, args, null, ref message);
            }
        }

        return Task.CompletedTask;
    }

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        if (_groups.TryGetValue(groupName, out var members))
        {
            SerializedHubMessage? message = null;
            WriteTo(members, methodName, args, excludedConnectionIds, ref message);
        }

        return Task.CompletedTask;
    }

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendUsersAsync([userId], methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        SerializedHubMessage? message = null;
        foreach (var (_, reader) in _connections)
        {
            if (reader.Connection.UserIdentifier is { } user && userIds.Contains(user))
            {
                Write(reader, message ??= Serialize(methodName, args));
            }
        }

        return Task.CompletedTask;
    }

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        _results.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        _results.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        _results.TryGetReturnType(invocationId, out type);

    public void Dispose() => _sweep.Dispose();

    private static SerializedHubMessage Serialize(string methodName, object?[] args) => new(new InvocationMessage(methodName, args));

    private void WriteTo(
        ConcurrentDictionary<string, HubReader> readers, string methodName, object?[] args, IReadOnlyList<string>? except, ref SerializedHubMessage? message)
    {
        // foreach over a ConcurrentDictionary takes no lock: a connection joining or leaving meanwhile may or may not be sent to.
        foreach (var (connectionId, reader) in readers)
        {
            if (except is not null && except.Contains(connectionId))
            {
                continue;
            }

            Write(reader, message ??= Serialize(methodName, args));
        }
    }

    private void Write(HubReader reader, SerializedHubMessage message)
    {
        reader.Write(message, _clock);
        if (reader.Pending > _maxPending)
        {
            Close(reader);
        }
    }

    private void LeaveGroup(string connectionId, string groupName)
    {
        if (_groups.TryGetValue(groupName, out var members) && members.TryRemove(connectionId, out _) && members.IsEmpty)
        {
            _groups.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, HubReader>>(groupName, members));
        }
    }

    private void Sweep()
    {
        var since = _clock() - _patience;
        foreach (var (_, reader) in _connections)
        {
            if (reader.StalledSince(since))
            {
                Close(reader);
            }
        }
    }

    private void Close(HubReader reader)
    {
        if (!reader.TryClose())
        {
            return;
        }

        ExpoWebMetrics.SlowReadersClosed.Add(1);
        LogClosed(reader.Connection.ConnectionId, reader.Connection.UserIdentifier, reader.Pending);
        reader.Connection.Abort();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Closed connection {ConnectionId} of {VisitorId}: it stopped taking its messages ({Pending} waiting)")]
    private partial void LogClosed(string connectionId, string? visitorId, int pending);
}
