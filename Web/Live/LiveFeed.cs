using System.Text.Json;
using System.Threading.Channels;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Negotiations;
using Expo.Web.Services;
using Microsoft.Extensions.Options;

namespace Expo.Web.Live;

/// <summary>
/// The node's anonymous read-only live feed: announcements, booth counts and the signing wall, as server-sent events.
/// Each event is encoded once and copied to every open stream of the node (one fan-out per node, as the hub does);
/// the counts are read once per interval for all streams, and only while someone follows them.
/// </summary>
public sealed partial class LiveFeed(
    ExpoCatalog catalog, IOptions<LiveFeedOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<LiveFeed> logger)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly HashSet<ChannelWriter<byte[]>> _streams = [];
    private readonly Dictionary<string, int> _perAddress = [];
    private byte[]? _announcements;
    private byte[]? _counts;
    private Dictionary<string, int> _lastCounts = [];

    private JsonSerializerOptions Json => json.Value.SerializerOptions;

    public int OpenStreams
    {
        get
        {
            lock (_gate)
            {
                return _streams.Count;
            }
        }
    }

    /// <summary>Opens a stream for one client address, primed with the latest frames; refused past the bounds.</summary>
    public LiveStream Open(string address)
    {
        var limits = options.Value;
        // A slow reader loses old frames rather than holding memory: every frame is a whole current state but the
        // wall's, which the page also reads over HTTP.
        var channel = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            var held = _perAddress.GetValueOrDefault(address);
            if (held >= limits.MaxPerAddress || _streams.Count >= limits.MaxStreams)
            {
                throw new ExpoException(ExpoErrors.RateLimited, "Too many live feeds are open from your address; close one and try again.");
            }

            _perAddress[address] = held + 1;
            _streams.Add(channel.Writer);
            if (_announcements is { } announcements)
            {
                channel.Writer.TryWrite(announcements);
            }

            if (_counts is { } counts)
            {
                channel.Writer.TryWrite(counts);
            }
        }

        return new LiveStream(channel.Reader, () => Close(address, channel.Writer));
    }

    private void Close(string address, ChannelWriter<byte[]> writer)
    {
        lock (_gate)
        {
            if (!_streams.Remove(writer))
            {
                return;
            }

            var left = _perAddress[address] - 1;
            if (left == 0)
            {
                _perAddress.Remove(address);
            }
            else
            {
                _perAddress[address] = left;
            }
        }
    }

    public void PublishAnnouncements(AnnouncementBoard board)
    {
        var frame = LiveFrames.Of(LiveFrames.Announcements, board, Json);
        lock (_gate)
        {
            _announcements = frame;
        }

        Broadcast(frame);
    }

    public void PublishAgreement(AgreementSignedEvent signed) => Broadcast(LiveFrames.Of(LiveFrames.AgreementSigned, signed, Json));

    private void Broadcast(byte[] frame)
    {
        lock (_gate)
        {
            foreach (var stream in _streams)
            {
                stream.TryWrite(frame);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CountsInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (OpenStreams > 0)
                {
                    await RefreshCountsAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task RefreshCountsAsync()
    {
        try
        {
            var counts = await catalog.GetCountsAsync();
            if (counts.Count == _lastCounts.Count && counts.All(c => _lastCounts.TryGetValue(c.Key, out var n) && n == c.Value) && _counts is not null)
            {
                return;
            }

            _lastCounts = new Dictionary<string, int>(counts);
            var frame = LiveFrames.Of(LiveFrames.Counts, new LiveCounts(_lastCounts), Json);
            lock (_gate)
            {
                _counts = frame;
            }

            Broadcast(frame);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCountsFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Booth counts could not be read for the live feed; the next interval tries again")]
    private static partial void LogCountsFailed(ILogger logger, Exception exception);
}
