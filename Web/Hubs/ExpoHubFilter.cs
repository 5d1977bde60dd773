using System.Diagnostics;
using Expo.Grains;
using Expo.Web.Services;
using Expo.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>
/// Turns refusals into protocol errors (<c>code: sentence</c>), hides other failures behind a generic one,
/// and measures every hub call and connection.
/// </summary>
internal sealed partial class ExpoHubFilter(OnlineVisitors online, ILogger<ExpoHubFilter> logger) : IHubFilter
{
    /// <summary>SignalR's own log of hub method exceptions, which this filter replaces (see AddExpoWeb).</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(context);
        }
        catch (ExpoException refusal)
        {
            // A client's mistake, not the server's: one line below Warning, without a stack trace.
            LogHubCallRefused(logger, context.HubMethodName, refusal.Code, refusal.Message);
            throw new HubException($"{refusal.Code}: {refusal.Message}");
        }
        catch (Exception exception) when (exception is not HubException)
        {
            LogHubCallFailed(logger, exception, context.HubMethodName);
            throw new HubException($"{ExpoErrors.Unavailable}: The expo could not complete this just now; try again.");
        }
        finally
        {
            ExpoWebMetrics.HubCallDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("method", context.HubMethodName));
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        // Counted once the hub took the connection: only then is its disconnection certain to be seen.
        await next(context);
        ExpoWebMetrics.Connections.Add(1);
        online.Connected(context.Context.User);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ExpoWebMetrics.Connections.Add(-1);
        online.Disconnected(context.Context.User);
        return next(context, exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub call {Method} failed")]
    private static partial void LogHubCallFailed(ILogger logger, Exception exception, string method);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub call {Method} refused: {Code}: {Reason}")]
    private static partial void LogHubCallRefused(ILogger logger, string method, string code, string reason);
}
