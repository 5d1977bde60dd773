using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Expo.Bench.Shared;

namespace Expo.Bench.LoadGen;

/// <summary>
/// Plays whole booths against one system: guest sessions, connections, and load steps with open-loop chat and
/// wandering. Loss, duplicates and latency are counted here, where every member of a booth is.
/// </summary>
internal sealed partial class Worker : IAsyncDisposable
{
    private readonly WorkerPlan _plan;
    private readonly List<WorkerBooth> _booths = [];
    private readonly List<Visitor> _visitors = [];
    private readonly List<Visitor> _chatters = [];
    private readonly List<Visitor> _wanderers = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Visitor> _wanderersById = new();
    private readonly Dictionary<string, HttpClient> _http = [];
    private readonly HttpMessageInvoker _sockets;
    private readonly CancellationTokenSource _stopping = new();
    private volatile StepState? _step;
    private int _steps;
    private long _closed;
    private long _receivedBytes;
    private long _receivedMessages;

    public Worker(WorkerPlan plan)
    {
        _plan = plan;
        var source = IPAddress.Parse(plan.SourceAddress);
        _sockets = new HttpMessageInvoker(Loopback.Handler(source, int.MaxValue));
        foreach (var url in plan.WebUrls)
        {
            _http[url] = new HttpClient(Loopback.Handler(source, plan.GuestConcurrency)) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        }

        foreach (var boothPlan in plan.Booths)
        {
            var booth = new WorkerBooth(_booths.Count, boothPlan.BoothId);
            _booths.Add(booth);
            var inBooth = boothPlan.Stationary + boothPlan.Wanderers;
            for (var i = 0; i < inBooth; i++)
            {
                var role = i < boothPlan.Chatters ? VisitorRole.Chatter : i < boothPlan.Stationary ? VisitorRole.Stationary : VisitorRole.Wanderer;
                var visitor = new Visitor(this, _visitors.Count, booth, role, plan.WebUrls[i % plan.WebUrls.Count]);
                _visitors.Add(visitor);
                (role == VisitorRole.Wanderer ? booth.Wanderers : booth.Stationary).Add(visitor);
                if (role == VisitorRole.Chatter)
                {
                    booth.Chatters.Add(visitor);
                    _chatters.Add(visitor);
                }
                else if (role == VisitorRole.Wanderer)
                {
                    _wanderers.Add(visitor);
                }
            }
        }

        foreach (var wanderer in _wanderers)
        {
            wanderer.TrackMoves(_booths.Count);
        }

        if (plan.Day is { } day)
        {
            AssignPaces(day);
            if (day.LiveReaders > 0)
            {
                CreateLiveReaders(day);
            }
        }

        _ = KeepAliveLoopAsync();
    }

    private sealed record GuestReply(string VisitorId, string Token);

    public Task<PhaseReport> StartSessionsAsync() => PhaseAsync(_plan.GuestConcurrency, StartSessionAsync);

    public Task<PhaseReport> ConnectAsync() => PhaseAsync(_plan.ConnectConcurrency, OpenAsync);

    private async Task StartSessionAsync(Visitor visitor)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await _http[visitor.WebUrl].PostAsJsonAsync(
                    "/api/auth/guest", new { displayName = $"Bench {_plan.WorkerId}-{visitor.Index}", language = "en" }, _stopping.Token);
                response.EnsureSuccessStatusCode();
                var guest = await response.Content.ReadFromJsonAsync<GuestReply>(_stopping.Token)
                    ?? throw new HubCallException("empty guest session");
                visitor.VisitorId = guest.VisitorId;
                visitor.Token = guest.Token;
                if (visitor.Role == VisitorRole.Wanderer)
                {
                    lock (_wanderersById)
                    {
                        _wanderersById[guest.VisitorId] = visitor;
                    }
                }

                return;
            }
            catch (HttpRequestException) when (attempt < 3)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    private async Task OpenAsync(Visitor visitor)
    {
        // The token goes in the Authorization header, as a non-browser client sends it (browsers send the cookie): in the
        // access_token query value the server would hold it three times for the connection's life.
        var http = new Uri(new Uri(visitor.WebUrl), "hubs/expo");
        visitor.Client = _plan.Mode == "official"
            ? new OfficialHubClient(http, _sockets, visitor)
            : new LeanHubClient(new UriBuilder(http) { Scheme = "ws" }.Uri, _sockets, visitor);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await visitor.Client.ConnectAsync(timeout.Token);
    }

    public Task<PhaseReport> EnterAsync() => PhaseAsync(_plan.ConnectConcurrency, async visitor =>
    {
        visitor.Current = visitor.Home;
        var lastSequence = await visitor.Client!.EnterBoothAsync(visitor.Home.Id);
        lock (visitor.Received)
        {
            visitor.Received.Reset(lastSequence);
        }
    });

    public async Task<MoveReport> MoveWanderersAsync()
    {
        int moved = 0, failed = 0;
        if (_booths.Count > 1)
        {
            await Parallel.ForEachAsync(_wanderers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (wanderer, _) =>
            {
                var target = _booths[(wanderer.Current!.Index + 1) % _booths.Count];
                wanderer.Current = target;
                try
                {
                    await wanderer.Client!.EnterBoothAsync(target.Id);
                    Interlocked.Increment(ref moved);
                }
                catch (HubCallException)
                {
                    Interlocked.Increment(ref failed);
                }
            });
        }

        var done = Stopwatch.GetTimestamp();
        var occupancy = _booths.ToDictionary(b => b.Id, b => b.Stationary.Count + _wanderers.Count(w => w.Current == b));
        return new MoveReport(done, moved, failed, occupancy);
    }

    public void OnConnectionClosed() => Interlocked.Increment(ref _closed);

    /// <summary>Bytes and WebSocket messages every connection of this worker received (the stage mix reports them per visitor).</summary>
    public void OnReceived(int bytes, bool endOfMessage)
    {
        Interlocked.Add(ref _receivedBytes, bytes);
        if (endOfMessage)
        {
            Interlocked.Increment(ref _receivedMessages);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Parallel.ForEachAsync(_visitors, async (visitor, _) =>
        {
            if (visitor.Client is { } client)
            {
                await client.DisposeAsync();
            }
        });
        foreach (var http in _http.Values)
        {
            http.Dispose();
        }

        _live?.Dispose();

        _sockets.Dispose();
    }

    private const int MaxAttempts = 3;

    private async Task<PhaseReport> PhaseAsync(int concurrency, Func<Visitor, Task> action)
    {
        var cpu = CpuMs();
        var started = Stopwatch.GetTimestamp();
        int done = 0, failed = 0, retries = 0;
        string? firstError = null;
        await Parallel.ForEachAsync(_visitors, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (visitor, _) =>
        {
            // A real client tries again after a failed attempt, with back-off; retries are reported, not hidden.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await action(visitor);
                    Interlocked.Increment(ref done);
                    return;
                }
                catch (Exception exception) when (exception is HttpRequestException or HubCallException or OperationCanceledException or TimeoutException
                    or System.Net.WebSockets.WebSocketException or System.Text.Json.JsonException)
                {
                    Interlocked.CompareExchange(ref firstError, $"{exception.GetType().Name}: {exception.Message}", null);
                    if (attempt == MaxAttempts || _stopping.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref failed);
                        return;
                    }

                    Interlocked.Increment(ref retries);
                    await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
                }
            }
        });
        return new PhaseReport(done, failed, Stopwatch.GetElapsedTime(started).TotalSeconds, CpuMs() - cpu, firstError, retries);
    }

    private async Task KeepAliveLoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(3));
        while (await timer.WaitForNextTickAsync(_stopping.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
        {
            foreach (var visitor in _visitors.Concat(_consoles))
            {
                if (visitor.Client is { IsOpen: true } client)
                {
                    _ = client.KeepAliveAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
                }
            }
        }
    }

    private static double CpuMs()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalMilliseconds;
    }
}
