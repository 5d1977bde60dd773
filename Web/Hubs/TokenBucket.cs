namespace Expo.Web.Hubs;

/// <summary>
/// A token bucket refilled lazily from timestamps: no timer per connection, which matters at tens of
/// thousands of connections per node.
/// </summary>
public sealed class TokenBucket(double tokensPerSecond, int capacity, TimeProvider time)
{
    private readonly object _gate = new();
    private double _tokens = capacity;
    private long _refilledAt = time.GetTimestamp();

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(capacity, _tokens + (time.GetElapsedTime(_refilledAt, now).TotalSeconds * tokensPerSecond));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
