namespace Expo.Web.Hubs;

/// <summary>
/// A token bucket refilled lazily from timestamps: no timer per bucket, which matters at tens of thousands of
/// visitors per node.
/// </summary>
public sealed class TokenBucket(double tokensPerSecond, int capacity, TimeProvider time)
{
    private readonly object _gate = new();
    private double _tokens = capacity;
    private long _refilledAt = time.GetTimestamp();

    public bool TryTake() => TryTake(out _);

    /// <summary>Takes a token, or says how long until one is there.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            Refill();
            if (_tokens < 1)
            {
                retryAfter = TimeSpan.FromSeconds((1 - _tokens) / tokensPerSecond);
                return false;
            }

            _tokens -= 1;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>True once the bucket has refilled completely: it is then no different from a new one.</summary>
    public bool IsFull
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _tokens >= capacity;
            }
        }
    }

    private void Refill()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(capacity, _tokens + (time.GetElapsedTime(_refilledAt, now).TotalSeconds * tokensPerSecond));
        _refilledAt = now;
    }
}
