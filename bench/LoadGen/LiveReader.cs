namespace Expo.Bench.LoadGen;

/// <summary>
/// An anonymous reader of the live feed (<c>GET /api/live</c>): someone on the home page who has not entered a booth.
/// No session, no hub connection: one server-sent event stream, kept open, from an address of its own.
/// </summary>
internal sealed class LiveReader(int index, string webUrl)
{
    public int Index { get; } = index;

    public string WebUrl { get; } = webUrl;

    /// <summary>Ends the current stream when the reader leaves (churn) or the worker stops.</summary>
    public CancellationTokenSource? Session { get; set; }

    public volatile bool IsOpen;

    /// <summary>When the current stream's headers arrived: announcements posted before it are not timed (the feed primes new streams with the board).</summary>
    public long OpenedAt;

    /// <summary>The posting time of the newest announcement this reader has timed, so a repeated board counts once.</summary>
    public long LastAnnouncement;

    /// <summary>1 while the reader is leaving and coming back.</summary>
    public int Busy;
}
