using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>
/// One hub connection as a reader of what the node sends it: how many of its writes wait for it to take them, and
/// when it last took one. A connection with writes waiting that makes no progress for a while has stopped reading.
/// </summary>
internal sealed class HubReader(HubConnectionContext connection, long now)
{
    // Changed and read only under the lifetime manager's membership lock.
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);
    private int _pending;
    private int _closed;
    private long _progressAt = now;

    public HubConnectionContext Connection { get; } = connection;

    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Hands the message to the connection; a write it cannot take at once is counted until it completes.</summary>
    public void Write(SerializedHubMessage message, Func<long> clock)
    {
        var write = Connection.WriteAsync(message);
        if (write.IsCompletedSuccessfully)
        {
            // A ValueTask backed by a reusable source is told its result was read.
            write.GetAwaiter().GetResult();
            return;
        }

        if (Interlocked.Increment(ref _pending) == 1)
        {
            // Waiting starts now: the patience counts from here, not from the last write long ago.
            Volatile.Write(ref _progressAt, clock());
        }

        _ = CompleteAsync(write, clock);
    }

    /// <summary>Whether writes wait and none completed since <paramref name="since"/>.</summary>
    public bool StalledSince(long since) => Pending > 0 && Volatile.Read(ref _progressAt) < since;

    /// <summary>True the first time only: the connection is closed once, and counted once.</summary>
    public bool TryClose() => Interlocked.Exchange(ref _closed, 1) == 0;

    public bool Join(string group) => _groups.Add(group);

    public bool Leave(string group) => _groups.Remove(group);

    public IReadOnlyCollection<string> Groups => _groups;

    private async Task CompleteAsync(ValueTask write, Func<long> clock)
    {
        try
        {
            await write;
        }
        catch (Exception)
        {
            // SignalR closes a connection whose write failed; nothing is left to do for this one.
        }
        finally
        {
            Volatile.Write(ref _progressAt, clock());
            Interlocked.Decrement(ref _pending);
        }
    }
}
