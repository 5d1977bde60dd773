namespace Expo.Grains;

/// <summary>
/// The clock grains read for leases and timestamps. It is its own service, not the container's
/// <see cref="TimeProvider"/>, because Orleans drives its own timers from that one: tests fake this clock
/// to expire leases without freezing the runtime.
/// </summary>
public sealed class ExpoClock(TimeProvider time)
{
    public static readonly ExpoClock System = new(TimeProvider.System);

    public DateTimeOffset UtcNow => time.GetUtcNow();
}
