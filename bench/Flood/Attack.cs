using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Bench.Flood;

/// <summary>
/// One flood against one limit: a few loops sending as fast as answers come back, until the run's time is up or
/// the attack has sent its share, counting what was sent, what was refused as rate limited, and anything else.
/// With a <paramref name="rate"/> (requests per second, all loops together) the loops keep to it, so the load
/// generator, which shares the machine with the expo, does not starve the server of CPU.
/// </summary>
public sealed class Attack(string limit, int loops, int maxRequests, double rate = 0)
{
    private int _started;
    private int _limited;
    private int _accepted;
    private int _other;

    public string Limit => limit;

    /// <summary>Requests answered (sent), refused as rate limited, answered otherwise (a 2xx, or a 4xx such as a wrong password), failed.</summary>
    public (int Sent, int Limited, int Answered, int Other) Counts => (_limited + _accepted + _other, _limited, _accepted, _other);

    /// <summary>Runs <paramref name="send"/> in <c>loops</c> loops; it answers an HTTP status, or throws a hub refusal.</summary>
    public Task RunAsync(Func<int, Task<HttpStatusCode>> send, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, loops).Select(loop => Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            for (var n = 0; !stop.IsCancellationRequested && Interlocked.Increment(ref _started) <= maxRequests; n++)
            {
                if (rate > 0 && TimeSpan.FromSeconds(n * loops / rate) - Stopwatch.GetElapsedTime(started) is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                try
                {
                    var status = await send(loop);
                    Interlocked.Increment(ref status == HttpStatusCode.TooManyRequests ? ref _limited : ref status < HttpStatusCode.InternalServerError ? ref _accepted : ref _other);
                }
                catch (HubException refusal) when (refusal.Message.Contains("rate_limited:", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _limited);
                }
                catch (Exception) when (!stop.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _other);
                }
                catch (Exception)
                {
                    // Cut off by the end of the run: not counted.
                    return;
                }
            }
        })));
}
