using System.Collections.Concurrent;
using Expo.Grains;

namespace Expo.Web.Hubs;

/// <summary>
/// The hub's limits: a token bucket per visitor and kind of call on this node, shared by all the visitor's
/// connections, so reconnecting does not refill it. A bucket that has refilled completely is dropped (a new one
/// would be the same), which keeps memory to the visitors active in the last minutes.
/// </summary>
public sealed class UserBuckets(TimeProvider time)
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Kind, string VisitorId), TokenBucket> _buckets = new();
    private long _sweptAt = time.GetTimestamp();

    public int Count => _buckets.Count;

    /// <summary>Takes a token from the visitor's bucket of <paramref name="kind"/>, or refuses with <c>rate_limited</c> and when to try again.</summary>
    public void Take(string kind, string visitorId, double perSecond, int burst, string refusal)
    {
        SweepIfDue();
        var bucket = _buckets.GetOrAdd((kind, visitorId), _ => new TokenBucket(perSecond, burst, time));
        if (!bucket.TryTake(out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            throw new ExpoException(ExpoErrors.RateLimited, $"{refusal} Try again in {seconds} s.");
        }
    }

    private void SweepIfDue()
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _sweptAt);
        if (time.GetElapsedTime(last, now) < SweepInterval || Interlocked.CompareExchange(ref _sweptAt, now, last) != last)
        {
            return;
        }

        foreach (var entry in _buckets)
        {
            if (entry.Value.IsFull)
            {
                // Removes only this bucket: one made meanwhile for the same visitor stays.
                _buckets.TryRemove(entry);
            }
        }
    }
}
