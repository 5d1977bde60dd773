using Expo.Grains;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

public static class ExpoEndpoints
{
    public static IEndpointRouteBuilder MapExpoEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Expo");
        api.MapGet("/expo", GetExpoAsync)
            .WithName("GetExpo").WithSummary("The expo, its pavilions and booths, with live visitor counts.");
        api.MapGet("/booths/{boothId}", GetBoothAsync)
            .WithName("GetBooth").WithSummary("One booth with its live visitor count.");
        return app;
    }

    private static async Task<Results<Ok<ExpoView>, ProblemHttpResult>> GetExpoAsync(ExpoCatalog catalog)
    {
        var definition = await catalog.GetDefinitionAsync()
            ?? throw new ExpoException(ExpoErrors.Unavailable, "The expo is still being set up; try again in a moment.");
        var counts = await catalog.GetCountsAsync();
        var pavilions = definition.Pavilions.Select(p =>
        {
            var booths = p.Booths.Select(b => BoothView.From(b, counts.GetValueOrDefault(b.Id))).ToList();
            return new PavilionView(p.Id, p.Kind, p.Name, p.Province, p.Heritage, p.HeritageSample, booths, booths.Sum(b => b.Count));
        }).ToList();
        return TypedResults.Ok(new ExpoView(
            definition.Id, definition.Name, definition.Tagline, definition.Description, definition.Fields, pavilions, pavilions.Sum(p => p.Count)));
    }

    private static async Task<Ok<BoothView>> GetBoothAsync(string boothId, ExpoCatalog catalog)
    {
        var booth = await catalog.RequireBoothAsync(boothId);
        var counts = await catalog.GetCountsAsync();
        return TypedResults.Ok(BoothView.From(booth, counts.GetValueOrDefault(boothId)));
    }
}
