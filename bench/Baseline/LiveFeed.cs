using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Bench.Baseline;

/// <summary>
/// The anonymous live feed the plain way: a list of open streams in this process, each event written to all of them
/// as it happens (announcements when posted, booth counts when they changed, looked at every 500 ms while anyone reads).
/// The same events and cadence as the expo's <c>GET /api/live</c>; the signing wall's <c>agreementSigned</c> has no source
/// here, as nothing in the mixes signs agreements.
/// </summary>
public sealed class LiveFeed(BoothRooms rooms, Catalogue catalogue, IHubContext<BaselineHub> hub) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();
    private readonly HashSet<Channel<byte[]>> _streams = [];
    private AnnouncementBoard _board = new(0, []);
    private byte[]? _boardFrame;
    private byte[]? _countsFrame;
    private Dictionary<string, int> _counts = [];

    public AnnouncementBoard Board
    {
        get
        {
            lock (_gate)
            {
                return _board;
            }
        }
    }

    public Channel<byte[]> Open()
    {
        // A reader who falls behind loses older frames, as in the expo.
        var channel = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _streams.Add(channel);
            foreach (var frame in new[] { _boardFrame, _countsFrame }.OfType<byte[]>())
            {
                channel.Writer.TryWrite(frame);
            }
        }

        return channel;
    }

    public void Close(Channel<byte[]> channel)
    {
        lock (_gate)
        {
            _streams.Remove(channel);
        }
    }

    /// <summary>Replaces the expo's announcement (one at a time, as a plain console would) and tells every reader and hub connection.</summary>
    public async Task<AnnouncementBoard> PublishAsync(LocalizedText text, string by)
    {
        AnnouncementBoard board;
        lock (_gate)
        {
            board = _board = new AnnouncementBoard(_board.Version + 1, [new Announcement($"a-{Guid.NewGuid():N}", text, null, DateTimeOffset.UtcNow, by)]);
            _boardFrame = Frame("announcements", board);
            Broadcast(_boardFrame);
        }

        await hub.Clients.All.SendAsync("AnnouncementsChanged", board);
        return board;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var counts = catalogue.Booths.Keys.Select(id => (id, count: rooms.CountOf(id))).Where(c => c.count > 0).ToDictionary(c => c.id, c => c.count);
                lock (_gate)
                {
                    if (_streams.Count == 0 || (_countsFrame is not null && counts.Count == _counts.Count
                        && counts.All(c => _counts.TryGetValue(c.Key, out var n) && n == c.Value)))
                    {
                        continue;
                    }

                    _counts = counts;
                    _countsFrame = Frame("counts", new LiveCounts(counts));
                    Broadcast(_countsFrame);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Broadcast(byte[] frame)
    {
        foreach (var stream in _streams)
        {
            stream.Writer.TryWrite(frame);
        }
    }

    private static byte[] Frame(string name, object payload) =>
        Encoding.UTF8.GetBytes($"event: {name}\ndata: {JsonSerializer.Serialize(payload, payload.GetType(), Json)}\n\n");
}
