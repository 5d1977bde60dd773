namespace Expo.Bench.Baseline;

/// <summary>
/// What the organiser console and a booth's staff page read, the plain way: counts and lists from memory, for anyone
/// with a valid token (this baseline has no accounts or roles).
/// </summary>
public static class ConsoleEndpoints
{
    public static IEndpointRouteBuilder MapConsoleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organiser/attendance", (HttpContext http, GuestTokens tokens, BoothRooms rooms) =>
            Signed(http, tokens) ? Results.Ok(rooms.All.Select(r => r.Totals()).ToList()) : Results.Unauthorized());
        app.MapGet("/api/organiser/attendance/history", (DateTimeOffset? from, DateTimeOffset? to, int? points, HttpContext http, GuestTokens tokens, AttendanceSamples samples) =>
        {
            var until = to ?? DateTimeOffset.UtcNow;
            return Signed(http, tokens) ? Results.Ok(samples.Between(from ?? until.AddHours(-1), until, points ?? 360)) : Results.Unauthorized();
        });
        app.MapGet("/api/booths/{boothId}/attendees", (string boothId, HttpContext http, GuestTokens tokens, BoothRooms rooms) =>
            !Signed(http, tokens) ? Results.Unauthorized() : rooms.Find(boothId) is { } room ? Results.Ok(room.Attendees()) : Results.NotFound());
        app.MapGet("/api/booths/{boothId}/analytics", (string boothId, HttpContext http, GuestTokens tokens, BoothRooms rooms) =>
            !Signed(http, tokens) ? Results.Unauthorized() : rooms.Find(boothId) is { } room ? Results.Ok(room.Totals()) : Results.NotFound());
        return app;
    }

    private static bool Signed(HttpContext http, GuestTokens tokens) => Visitor(http, tokens) is not null;

    /// <summary>The visitor of the request's <c>Authorization: Bearer</c> token, or null.</summary>
    public static VisitorRef? Visitor(HttpContext http, GuestTokens tokens)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? tokens.Read(header["Bearer ".Length..].Trim()) : null;
    }
}
