using System.Diagnostics;
using Expo.Grains.Models;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// A visitor in one booth that behaves like a client behind a load balancer: when its connection drops it
/// connects again, with back-off, to the next address of a list of Web nodes, re-enters the booth and fetches
/// what it missed with <c>ChatSince</c>. What it sees is kept in <see cref="Chat"/> and <see cref="Presence"/>.
/// </summary>
public sealed partial class RoamingVisitor : IAsyncDisposable
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.Zero, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(90);

    private readonly IReadOnlyList<Uri> _nodes;
    private readonly ExpoHubClient.GuestSession _session;
    private HubConnection? _connection;
    private HubConnection? _established;
    private TaskCompletionSource _inBooth = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lostAt;
    private volatile bool _stopped;
    private int _sendRetries;

    private RoamingVisitor(ExpoHubClient.GuestSession session, string boothId, IReadOnlyList<Uri> nodes, int nodeIndex)
    {
        _session = session;
        _nodes = nodes;
        BoothId = boothId;
        NodeIndex = nodeIndex;
        Chat = new ChatView(boothId);
        Presence = new PresenceView(boothId);
    }

    public string VisitorId => _session.VisitorId;

    public string BoothId { get; }

    public ChatView Chat { get; }

    public PresenceView Presence { get; }

    /// <summary>The node this visitor is, or was last, connected to.</summary>
    public int NodeIndex { get; private set; }

    public int Reconnects { get; private set; }

    /// <summary>From noticing the drop to being back in the booth with the missed lines fetched.</summary>
    public TimeSpan? LastReconnect { get; private set; }

    /// <summary>Send attempts that failed and were repeated with the same client message id.</summary>
    public int SendRetries => _sendRetries;

    public bool InBooth => _inBooth.Task.IsCompletedSuccessfully;

    public Exception? Failure { get; private set; }

    public static async Task<RoamingVisitor> EnterAsync(ExpoHubClient.GuestSession session, string boothId, IReadOnlyList<Uri> nodes, int nodeIndex)
    {
        var visitor = new RoamingVisitor(session, boothId, nodes, nodeIndex);
        await visitor.ConnectAndEnterAsync();
        return visitor;
    }

    /// <summary>Sends a line and returns its sequence, repeating the same client message id until one attempt is acknowledged.</summary>
    public async Task<long> SendChatAsync(string text, string clientMessageId)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await _inBooth.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return await _connection!.InvokeAsync<long>("SendChat", BoothId, clientMessageId, text);
            }
            catch (Exception) when (!_stopped && deadline.Elapsed < GiveUpAfter)
            {
                // Dropped connection, a cluster still noticing a dead silo, or the rate limit: the id makes a repeat safe.
                Interlocked.Increment(ref _sendRetries);
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    /// <summary>Stops reconnecting, like a laptop closed without a goodbye: the booth must drop this visitor by lease expiry.</summary>
    public void Abandon() => _stopped = true;

    public async ValueTask DisposeAsync()
    {
        _stopped = true;
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task ConnectAndEnterAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_nodes[NodeIndex], $"hubs/expo?access_token={Uri.EscapeDataString(_session.Token)}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        connection.On<ChatMessage>("ChatMessage", Chat.AddLive);
        connection.On<PresenceChanged>("PresenceChanged", Presence.Apply);
        connection.Closed += _ => OnClosedAsync(connection);
        Chat.NewConnection();
        Presence.BeginEnter();
        _connection = connection;
        try
        {
            await connection.StartAsync().WaitAsync(TimeSpan.FromSeconds(15));
            var snapshot = await connection.InvokeAsync<BoothSnapshot>("EnterBooth", BoothId).WaitAsync(TimeSpan.FromSeconds(30));
            Presence.Reset(snapshot);
            Chat.AddStored(snapshot.Messages);
            await CatchUpAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _established = connection;
        _inBooth.TrySetResult();
    }

    private Task OnClosedAsync(HubConnection connection)
    {
        // Only a connection that made it into the booth starts a reconnect; a failed attempt is retried by its own loop.
        if (_stopped || connection != _established)
        {
            return Task.CompletedTask;
        }

        _lostAt = Stopwatch.GetTimestamp();
        _inBooth = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Run(ReconnectAsync);
        return Task.CompletedTask;
    }

    private async Task ReconnectAsync()
    {
        for (var attempt = 0; !_stopped; attempt++)
        {
            // Jitter spreads a crowd that lost its node at the same moment.
            await Task.Delay(Backoff[Math.Min(attempt, Backoff.Length - 1)] + TimeSpan.FromMilliseconds(Random.Shared.Next(100)));
            NodeIndex = (NodeIndex + 1) % _nodes.Count;
            try
            {
                await ConnectAndEnterAsync();
                Reconnects++;
                LastReconnect = Stopwatch.GetElapsedTime(_lostAt);
                Failure = null;
                return;
            }
            catch (Exception exception) when (Stopwatch.GetElapsedTime(_lostAt) < GiveUpAfter)
            {
                Failure = exception;
            }
            catch (Exception exception)
            {
                Failure = exception;
                return;
            }
        }
    }
}
