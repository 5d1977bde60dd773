using System.Security.Claims;
using Expo.Grains;
using Expo.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>
/// The distinct visitors connected to this node's hub, in a booth or just browsing, passed to the expo's attendance
/// once a report interval. One small one-way call per node, however many visitors, so the expo grain is no hot spot;
/// each report is valid for three intervals, so a node that dies stops counting soon after.
/// </summary>
public sealed partial class OnlineVisitors(
    IClusterClient cluster, WebNode node, IOptions<ExpoOptions> options, ILogger<OnlineVisitors> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _connections = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    public void Connected(ClaimsPrincipal? user)
    {
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } visitorId)
        {
            lock (_gate)
            {
                _connections[visitorId] = _connections.GetValueOrDefault(visitorId) + 1;
            }
        }
    }

    public void Disconnected(ClaimsPrincipal? user)
    {
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } visitorId)
        {
            lock (_gate)
            {
                if (_connections.TryGetValue(visitorId, out var open) && --open > 0)
                {
                    _connections[visitorId] = open;
                }
                else
                {
                    _connections.Remove(visitorId);
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.OnlineReportInterval;
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await cluster.GetGrain<IAttendanceGrain>(options.Value.ExpoId).ReportOnlineAsync(node.Id, Count, interval * 3);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The next tick reports again; until then the expo keeps this node's last figure.
                    LogReportFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not report this node's online visitors; retrying next interval")]
    private static partial void LogReportFailed(ILogger logger, Exception exception);
}
