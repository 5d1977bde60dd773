using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>The booth directory with search, filters and sorting, and the visitor's expo bag of favourite booths.</summary>
public static class DirectoryEndpoints
{
    public const int MaxQueryLength = 100;

    public sealed record DirectoryEntry(
        string Id, string PavilionId, LocalizedText PavilionName, LocalizedText Name, LocalizedText Tagline, IReadOnlyList<string> Fields,
        int Count, bool StaffOnline, IReadOnlyList<string> Languages);

    public sealed record FavouriteRequest(string? OperationId);

    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/directory", SearchAsync).WithTags("Directory")
            .WithName("SearchBooths").WithSummary("Booths matching a search and filters, by popularity (live count) or name.");
        var bag = app.MapGroup("/api/me/favourites").WithTags("Directory");
        bag.MapGet("", GetFavouritesAsync)
            .WithName("GetFavourites").WithSummary("The booths in the visitor's expo bag.");
        bag.MapPut("/{boothId}", AddAsync)
            .WithName("AddFavourite").WithSummary("Puts a booth in the visitor's expo bag.");
        bag.MapDelete("/{boothId}", RemoveAsync)
            .WithName("RemoveFavourite").WithSummary("Takes a booth out of the visitor's expo bag.");
        return app;
    }

    private static async Task<Ok<List<DirectoryEntry>>> SearchAsync(
        string? q, string? pavilion, string? field, string? language, bool? staffOnline, string? sort, string? lang, ExpoCatalog catalog, StaffOnlineBooths staff)
    {
        var text = (q ?? "").Trim();
        if (text.Length > MaxQueryLength || text.Any(char.IsControl))
        {
            throw ExpoException.Invalid($"A search is at most {MaxQueryLength} printable characters.");
        }

        if (sort is not (null or "popular" or "name") || lang is not (null or "en" or "zh"))
        {
            throw ExpoException.Invalid("sort is 'popular' or 'name'; lang is 'en' or 'zh'.");
        }

        if (language is not null && !BoothProfileRules.IsLanguageCode(language))
        {
            throw ExpoException.Invalid("language is a two-letter code such as 'en' or 'zh'.");
        }

        var definition = await catalog.GetDefinitionAsync() ?? throw new ExpoException(ExpoErrors.Unavailable, "The expo is not open yet.");
        var counts = await catalog.GetCountsAsync();
        var online = await staff.GetAsync();
        var entries = definition.Pavilions.SelectMany(p => p.Booths.Select(b => (Pavilion: p, Booth: b)))
            .Where(e => pavilion is null || e.Pavilion.Id == pavilion)
            .Where(e => field is null || e.Booth.Fields.Contains(field))
            .Where(e => language is null || (e.Booth.Languages ?? []).Contains(language))
            .Where(e => staffOnline != true || online.Contains(e.Booth.Id))
            .Where(e => text.Length == 0 || Matches(text, e.Pavilion, e.Booth))
            .Select(e => new DirectoryEntry(e.Booth.Id, e.Pavilion.Id, e.Pavilion.Name, e.Booth.Name, e.Booth.Tagline ?? new LocalizedText("", ""),
                e.Booth.Fields, counts.GetValueOrDefault(e.Booth.Id), online.Contains(e.Booth.Id), e.Booth.Languages ?? []));
        Func<DirectoryEntry, string> name = lang == "zh" ? e => e.Name.Zh : e => e.Name.En;
        var sorted = sort == "name"
            ? entries.OrderBy(name, StringComparer.InvariantCultureIgnoreCase)
            : entries.OrderByDescending(e => e.Count).ThenBy(name, StringComparer.InvariantCultureIgnoreCase);
        return TypedResults.Ok(sorted.ToList());
    }

    private static bool Matches(string text, PavilionProfile pavilion, BoothProfile booth) =>
        new[] { booth.Name, booth.Tagline, booth.Description, pavilion.Name, pavilion.Province }
            .Where(t => t is not null)
            .Any(t => t!.En.Contains(text, StringComparison.OrdinalIgnoreCase) || t.Zh.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static async Task<Ok<IReadOnlyList<string>>> GetFavouritesAsync(HttpContext http, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IVisitorGrain>(http.User.ToVisitor().VisitorId).GetFavouritesAsync());

    private static async Task<Ok<IReadOnlyList<string>>> AddAsync(
        string boothId, FavouriteRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var visitor = http.User.ToVisitor();
        await catalog.RequireBoothAsync(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await cluster.GetGrain<IVisitorGrain>(visitor.VisitorId).SetFavouriteAsync(operationId, boothId, true));
    }

    private static async Task<Ok<IReadOnlyList<string>>> RemoveAsync(string boothId, string? operationId, HttpContext http, IClusterClient cluster)
    {
        var visitor = http.User.ToVisitor();
        ExpoRules.RequireBoothId(boothId);
        return TypedResults.Ok(await cluster.GetGrain<IVisitorGrain>(visitor.VisitorId).SetFavouriteAsync(ExpoRules.RequireOperationId(operationId), boothId, false));
    }
}
