using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Expo.Bench.Shared;

namespace Expo.Bench.LoadGen;

/// <summary>
/// The anonymous live feed in the expo-day mix: readers who browse the home page hold <c>GET /api/live</c> open, leave
/// and come back on the churn schedule, and time each announcement from the moment the organiser console posts it.
/// </summary>
internal sealed partial class Worker
{
    private const string AnnouncementMark = "bench-announce ";

    private readonly List<LiveReader> _readers = [];
    private HttpClient? _live;
    private int _nextLiveAddress;

    private void CreateLiveReaders(DayPlan day)
    {
        for (var i = 0; i < day.LiveReaders; i++)
        {
            _readers.Add(new LiveReader(i, _plan.WebUrls[i % _plan.WebUrls.Count]));
        }

        // Each stream leaves from a loopback address of its own (127.100+w.x.y), as readers on the internet do: the
        // Web node bounds open feeds per client address.
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            UseProxy = false,
            MaxConnectionsPerServer = int.MaxValue,
            ConnectCallback = Loopback.ConnectFrom(() =>
            {
                var n = Interlocked.Increment(ref _nextLiveAddress);
                return new IPAddress([127, (byte)(100 + (_plan.WorkerId % 100)), (byte)(n / 254 % 256), (byte)((n % 254) + 1)]);
            }),
        };
        _live = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<PhaseReport> OpenLiveReadersAsync()
    {
        var cpu = CpuMs();
        var started = Stopwatch.GetTimestamp();
        int done = 0, failed = 0, retries = 0;
        string? firstError = null;
        await Parallel.ForEachAsync(_readers, new ParallelOptions { MaxDegreeOfParallelism = _plan.ConnectConcurrency }, async (reader, _) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await OpenLiveAsync(reader);
                    Interlocked.Increment(ref done);
                    return;
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
                {
                    Interlocked.CompareExchange(ref firstError, $"live: {exception.Message}", null);
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

    private async Task OpenLiveAsync(LiveReader reader)
    {
        var session = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        HttpResponseMessage? response = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(reader.WebUrl), "api/live"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var headers = CancellationTokenSource.CreateLinkedTokenSource(session.Token);
            headers.CancelAfter(TimeSpan.FromSeconds(60));
            response = await _live!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headers.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"GET /api/live: {(int)response.StatusCode}");
            }
        }
        catch
        {
            response?.Dispose();
            session.Dispose();
            throw;
        }

        reader.Session = session;
        reader.OpenedAt = Stopwatch.GetTimestamp();
        reader.IsOpen = true;
        _ = ReadLiveAsync(reader, response, session);
    }

    /// <summary>Reads one stream until it ends: an event is its lines up to a blank line; comments (keep-alives) are not events.</summary>
    private async Task ReadLiveAsync(LiveReader reader, HttpResponseMessage response, CancellationTokenSource session)
    {
        var buffer = new byte[16384];
        var filled = 0;
        string? name = null;
        byte[]? data = null;
        try
        {
            using (response)
            await using (var stream = await response.Content.ReadAsStreamAsync(session.Token))
            {
                while (true)
                {
                    if (filled == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(filled), session.Token);
                    if (read == 0)
                    {
                        break;
                    }

                    if (_step is { } step && step.InWindow(Stopwatch.GetTimestamp()))
                    {
                        Interlocked.Add(ref step.LiveBytes, read);
                    }

                    filled += read;
                    var start = 0;
                    for (int end; (end = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0; start = end + 1)
                    {
                        var line = buffer.AsSpan(start, end - start);
                        if (line.IsEmpty)
                        {
                            if (name is not null || data is not null)
                            {
                                OnLiveEvent(reader, name, data);
                            }

                            (name, data) = (null, null);
                        }
                        else if (line.StartsWith("event: "u8))
                        {
                            name = Encoding.UTF8.GetString(line[7..]);
                        }
                        else if (line.StartsWith("data: "u8))
                        {
                            data = name == "announcements" ? line[6..].ToArray() : [];
                        }
                    }

                    buffer.AsSpan(start, filled - start).CopyTo(buffer);
                    filled -= start;
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException)
        {
            // Ended by the reader leaving (the session cancelled), or by the server: told apart below.
        }

        reader.IsOpen = false;
        if (!session.IsCancellationRequested)
        {
            // The server ended a stream nobody left: a browser's EventSource comes back by itself, so does this reader.
            _step?.Error($"live feed {reader.WebUrl} ended by the server");
            if (_step is { } step)
            {
                Interlocked.Increment(ref step.LiveErrors);
            }

            await session.CancelAsync();
            _ = ComeBackAsync(reader, TimeSpan.FromSeconds(1));
        }

        session.Dispose();
    }

    private void OnLiveEvent(LiveReader reader, string? name, byte[]? data)
    {
        var now = Stopwatch.GetTimestamp();
        if (_step is not { } step)
        {
            return;
        }

        if (step.InWindow(now))
        {
            Interlocked.Increment(ref step.LiveEvents);
        }

        if (name != "announcements" || data is not { Length: > 0 })
        {
            return;
        }

        using var board = JsonDocument.Parse(data);
        foreach (var announcement in board.RootElement.GetProperty("announcements").EnumerateArray())
        {
            var text = announcement.GetProperty("text").GetProperty("en").GetString() ?? "";
            // Only what was posted while this stream was open is timed: a new stream is primed with the board as it is.
            if (text.StartsWith(AnnouncementMark, StringComparison.Ordinal) && long.TryParse(text.AsSpan(AnnouncementMark.Length), out var posted)
                && posted >= reader.OpenedAt && posted > reader.LastAnnouncement)
            {
                reader.LastAnnouncement = posted;
                if (step.InWindow(posted))
                {
                    step.AnnouncementLag.Record(StepState.Micros(now - posted));
                }
            }
        }
    }

    /// <summary>A reader leaves (its stream closes) and comes back a moment later, as someone reloading the home page.</summary>
    private void ReaderChurn(StepState step)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var reader = _readers[Random.Shared.Next(_readers.Count)];
            if (reader.IsOpen && Interlocked.Exchange(ref reader.Busy, 1) == 0)
            {
                Interlocked.Increment(ref step.LiveReconnects);
                try
                {
                    reader.Session?.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // Its stream had just ended by itself.
                }
                _ = ComeBackAsync(reader, TimeSpan.Zero);
                return;
            }
        }
    }

    private async Task ComeBackAsync(LiveReader reader, TimeSpan after)
    {
        Interlocked.Exchange(ref reader.Busy, 1);
        try
        {
            await Task.Delay(after, _stopping.Token);
            await OpenLiveAsync(reader);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            if (_step is { } step && !_stopping.IsCancellationRequested)
            {
                Interlocked.Increment(ref step.LiveErrors);
                step.Error($"live feed: {exception.Message}");
                _ = ComeBackAsync(reader, TimeSpan.FromSeconds(1));
                return;
            }
        }

        Volatile.Write(ref reader.Busy, 0);
    }

    /// <summary>The first organiser console posts an announcement marked with its posting time (the Stopwatch clock every process shares).</summary>
    private async Task AnnounceAsync(StepState step, long scheduled)
    {
        var organiser = _consoles[0];
        try
        {
            var text = $"{AnnouncementMark}{scheduled}";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organiser/announcements")
            {
                Content = JsonContent.Create(new { operationId = Guid.NewGuid().ToString("N"), text = new { en = text, zh = text } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", organiser.Token);
            using var response = await _http[organiser.WebUrl].SendAsync(request, _stopping.Token);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref step.AnnouncementsPosted);
                return;
            }

            step.Error($"announcement: {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            step.Error($"announcement: {exception.Message}");
        }

        Interlocked.Increment(ref step.AnnouncementErrors);
    }

    private LiveStepReport LiveReport(StepState step) => new(
        _readers.Count(r => r.IsOpen),
        Interlocked.Read(ref step.LiveEvents),
        Interlocked.Read(ref step.LiveBytes),
        Interlocked.Read(ref step.LiveReconnects),
        Interlocked.Read(ref step.LiveErrors),
        Interlocked.Read(ref step.AnnouncementsPosted),
        Interlocked.Read(ref step.AnnouncementErrors),
        step.AnnouncementLag.ToData());
}
