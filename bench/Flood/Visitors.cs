using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Bench.Flood;

/// <summary>
/// Well-behaved visitors, each from an address of its own: they chat a line every <c>chatEvery</c> in their booth
/// (where the chat flooder is too) and save a favourite now and then. Chat latency is from sending a line to
/// hearing it back from the booth; anything refused or failed is counted.
/// </summary>
public sealed class Visitors(string baseUrl, IReadOnlyList<string> booths, int count, TimeSpan chatEvery)
{
    private readonly ConcurrentBag<double> _latencies = [];
    private int _sent;
    private int _refused;
    private int _failed;
    private int _writes;
    private int _writesRefused;

    public (int Sent, int Heard, int Refused, int Failed, int Writes, int WritesRefused) Counts =>
        (_sent, _latencies.Count, _refused, _failed, _writes, _writesRefused);

    public double Percentile(double p)
    {
        var sorted = _latencies.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public async Task RunAsync(CancellationToken stop)
    {
        var visitors = new List<(Guest Guest, HttpClient Http, HubConnection Hub, string Booth)>();
        for (var i = 0; i < count; i++)
        {
            var http = Sources.Client(baseUrl, Sources.Address(1, i + 1));
            var guest = await Guest.StartAsync(http, $"Visitor {i + 1}");
            http.DefaultRequestHeaders.Authorization = new("Bearer", guest.Token);
            var hub = await guest.ConnectAsync(baseUrl);
            var booth = booths[i % booths.Count];
            await hub.InvokeAsync<object>("EnterBooth", booth);
            visitors.Add((guest, http, hub, booth));
        }

        await Task.WhenAll(visitors.Select((v, i) => ChatAsync(v.Guest, v.Http, v.Hub, v.Booth, i, stop)));
        foreach (var (_, http, hub, _) in visitors)
        {
            await hub.DisposeAsync();
            http.Dispose();
        }
    }

    private async Task ChatAsync(Guest guest, HttpClient http, HubConnection hub, string booth, int index, CancellationToken stop)
    {
        var waiting = new ConcurrentDictionary<string, long>();
        hub.On<ChatLine>("ChatMessage", line =>
        {
            if (line.SenderId == guest.VisitorId && waiting.TryRemove(line.ClientMessageId, out var sentAt))
            {
                _latencies.Add(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
            }
        });

        // Spread over the interval, so the visitors do not all speak at once.
        using var timer = new PeriodicTimer(chatEvery);
        await Task.Delay(chatEvery * index / count, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"{guest.VisitorId}-{n}";
            waiting[id] = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _sent);
            try
            {
                await hub.InvokeAsync<long>("SendChat", booth, id, $"Line {n} from a well-behaved visitor", stop);
            }
            catch (HubException refusal) when (refusal.Message.Contains("rate_limited:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _refused);
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref _failed);
            }
            catch (Exception)
            {
                // Cut off by the end of the run: neither sent nor failed.
                Interlocked.Decrement(ref _sent);
                waiting.TryRemove(id, out _);
                return;
            }

            if (n % 5 == 4 && !stop.IsCancellationRequested)
            {
                await FavouriteAsync(http, booth);
            }

            if (!await timer.WaitForNextTickAsync(stop).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
            {
                return;
            }
        }
    }

    private async Task FavouriteAsync(HttpClient http, string booth)
    {
        Interlocked.Increment(ref _writes);
        using var response = await http.PutAsJsonAsync($"/api/me/favourites/{booth}", new { operationId = Guid.NewGuid().ToString("N") });
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Interlocked.Increment(ref _writesRefused);
        }
    }

    private sealed record ChatLine(string BoothId, long Sequence, string SenderId, string ClientMessageId);
}
