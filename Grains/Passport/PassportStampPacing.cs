namespace Expo.Grains.Passport;

/// <summary>
/// Bounds how many passport stamps one silo sends at once. A crowd that entered together (a keynote's start) crosses
/// the dwell threshold together, and thousands of passports waking and writing at the same moment starve every other
/// storage read and write of the silo: sessions, chat appends, booth activations. Stamps wait their turn instead;
/// nobody is waiting on a stamp, so seconds late is fine, while a chat line or an entry is not.
/// </summary>
public sealed class PassportStampPacing(int concurrentStamps)
{
    /// <summary>Enough to keep a passport grain's storage round trips overlapping, far below what starves the rest.</summary>
    public const int DefaultConcurrentStamps = 8;

    private readonly SemaphoreSlim _slots = new(concurrentStamps, concurrentStamps);

    public PassportStampPacing()
        : this(DefaultConcurrentStamps)
    {
    }

    /// <summary>Runs <paramref name="send"/> once fewer than the bound are in flight; waits its turn otherwise.</summary>
    public async Task SendAsync(Func<Task> send)
    {
        await _slots.WaitAsync();
        try
        {
            await send();
        }
        finally
        {
            _slots.Release();
        }
    }
}
