using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Expo.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>
/// This node's copy of the expo's announcements. Announcements are rare and go to everyone, so the node asks the
/// cluster once a poll interval (one small call per node, however many visitors) and pushes a board with a newer
/// version to all its connections; the node that publishes pushes at once.
/// </summary>
public sealed partial class AnnouncementFeed(
    IClusterClient cluster, IHubContext<ExpoHub, IExpoClient> hub, IOptions<ExpoOptions> options, ILogger<AnnouncementFeed> logger, LiveFeed live)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private AnnouncementBoard _board = new(0, []);

    /// <summary>The newest board this node knows of.</summary>
    public AnnouncementBoard Current
    {
        get
        {
            lock (_gate)
            {
                return _board;
            }
        }
    }

    private IAnnouncementsGrain Grain => cluster.GetGrain<IAnnouncementsGrain>(options.Value.ExpoId);

    /// <summary>Takes a board if it is newer than the one held, and pushes it to this node's visitors.</summary>
    public async Task ApplyAsync(AnnouncementBoard board)
    {
        lock (_gate)
        {
            if (board.Version <= _board.Version)
            {
                return;
            }

            _board = board;
        }

        live.PublishAnnouncements(board);
        await hub.Clients.All.AnnouncementsChanged(board);
    }

    /// <summary>The board now: from the cluster if it answers, else the last one known.</summary>
    public async Task<AnnouncementBoard> ReadAsync()
    {
        try
        {
            await ApplyAsync(await Grain.GetAsync());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReadFailed(logger, exception);
        }

        return Current;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AnnouncementPollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await ReadAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Announcements could not be read; the last board known stays")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
