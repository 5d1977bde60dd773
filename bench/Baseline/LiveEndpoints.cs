namespace Expo.Bench.Baseline;

/// <summary>
/// <c>GET /api/live</c> (anonymous server-sent events), <c>GET /api/announcements</c>, and the console's
/// <c>POST /api/organiser/announcements</c> for anyone with a valid token (this baseline has no roles).
/// </summary>
public static class LiveEndpoints
{
    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    public sealed record PublishRequest(string? OperationId, LocalizedText? Text, string? PavilionId);

    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/live", StreamAsync);
        app.MapGet("/api/announcements", (LiveFeed feed) => TypedResults.Ok(feed.Board));
        app.MapPost("/api/organiser/announcements", async (PublishRequest? request, HttpContext http, GuestTokens tokens, LiveFeed feed) =>
        {
            if (ConsoleEndpoints.Visitor(http, tokens) is not { } visitor)
            {
                return Results.Unauthorized();
            }

            return request?.Text is { En.Length: > 0 and <= 500, Zh.Length: > 0 and <= 500 } text
                ? Results.Ok(await feed.PublishAsync(text, visitor.VisitorId))
                : Results.Problem(statusCode: 400, title: "An announcement has an English and a Chinese text of 1 to 500 characters.");
        });
        return app;
    }

    private static async Task StreamAsync(HttpContext http, LiveFeed feed, IHostApplicationLifetime lifetime)
    {
        var channel = feed.Open();
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await http.Response.Body.FlushAsync(ended.Token);
            while (!ended.IsCancellationRequested)
            {
                if (!channel.Reader.TryRead(out var frame))
                {
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
                    quiet.CancelAfter(TimeSpan.FromSeconds(20));
                    try
                    {
                        frame = await channel.Reader.ReadAsync(quiet.Token);
                    }
                    catch (OperationCanceledException) when (!ended.IsCancellationRequested)
                    {
                        frame = KeepAlive;
                    }
                }

                await http.Response.Body.WriteAsync(frame, ended.Token);
                await http.Response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The reader left, or the node is stopping.
        }
        finally
        {
            feed.Close(channel);
        }
    }
}
