using Expo.Web.Auth;
using Microsoft.Extensions.Options;

namespace Expo.Web.Live;

/// <summary><c>GET /api/live</c>: the anonymous read-only live feed as server-sent events.</summary>
public static class LiveEndpoints
{
    public static IServiceCollection AddExpoLiveFeed(this IServiceCollection services)
    {
        services.AddOptions<LiveFeedOptions>().BindConfiguration(LiveFeedOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:LiveFeed settings are not valid.").ValidateOnStart();
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        return services;
    }

    public static IEndpointRouteBuilder MapLiveFeed(this IEndpointRouteBuilder app)
    {
        // Documented in docs/api.md but not in the OpenAPI document: a stream that never ends is no operation a generated
        // client (or the API fuzzer) can call and wait for.
        app.MapGet("/api/live", StreamAsync).AllowAnonymous().WithName("GetLiveFeed").ExcludeFromDescription();
        return app;
    }

    private static async Task StreamAsync(HttpContext http, LiveFeed feed, IOptions<LiveFeedOptions> options, IHostApplicationLifetime lifetime)
    {
        using var stream = feed.Open(ClientAddresses.Of(http));
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        // Proxies that buffer (nginx) would hold the events back.
        response.Headers["X-Accel-Buffering"] = "no";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var keepAlive = options.Value.KeepAlive;
        try
        {
            await response.Body.FlushAsync(ended.Token);
            while (!ended.IsCancellationRequested)
            {
                var frame = await NextAsync(stream, keepAlive, ended.Token);
                await response.Body.WriteAsync(frame ?? LiveFrames.KeepAlive, ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The reader left, or the node is stopping: EventSource reconnects by itself, to any node.
        }
    }

    /// <summary>The next frame, or null when none came for a keep-alive period.</summary>
    private static async Task<byte[]?> NextAsync(LiveStream stream, TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        if (stream.Frames.TryRead(out var ready))
        {
            return ready;
        }

        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(keepAlive);
        try
        {
            return await stream.Frames.ReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
