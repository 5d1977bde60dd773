namespace Expo.Bench.Baseline;

public static class BaselineEndpoints
{
    public sealed record GuestRequest(string? DisplayName, string? Language);

    public sealed record GuestSession(string VisitorId, string Token, string DisplayName, string Language);

    public static IEndpointRouteBuilder MapBaselineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/guest", StartGuest);
        app.MapGet("/api/expo", (Catalogue catalogue, BoothRooms rooms) => TypedResults.Ok(catalogue.View(rooms.CountOf)));
        app.MapGet("/api/booths/{boothId}", (string boothId, Catalogue catalogue, BoothRooms rooms) =>
            catalogue.Booths.TryGetValue(boothId, out var b)
                ? Results.Ok(new BoothView(b.Id, b.PavilionId, b.Name, b.Description, b.Fields, b.Sample, rooms.CountOf(b.Id)))
                : Results.Problem(statusCode: 404, title: $"There is no booth '{boothId}'.", extensions: new Dictionary<string, object?> { ["code"] = "booth_not_found" }));
        app.MapGet("/health/ready", (Catalogue catalogue) => TypedResults.Ok(new { status = "ready", expo = catalogue.Seed.Expo.Id }));
        return app;
    }

    private static IResult StartGuest(GuestRequest? request, GuestTokens tokens)
    {
        var name = request?.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 40 || name.Any(char.IsControl))
        {
            return Invalid("A display name is 1 to 40 characters without control characters.");
        }

        if (request?.Language is not ("en" or "zh"))
        {
            return Invalid("Language is 'en' or 'zh'.");
        }

        var visitor = new VisitorRef($"v-{Guid.NewGuid():N}", name);
        return TypedResults.Ok(new GuestSession(visitor.VisitorId, tokens.Issue(visitor), name, request.Language));
    }

    private static IResult Invalid(string message) =>
        Results.Problem(statusCode: 400, title: message, extensions: new Dictionary<string, object?> { ["code"] = "invalid_input" });
}
