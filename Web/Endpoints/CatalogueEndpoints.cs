using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// A booth's catalogue: visitors read its visible items; its staff create, edit, hide, reorder and delete them. Staff
/// are checked here from the session and again by the catalogue grain, which asks the booth.
/// </summary>
public static class CatalogueEndpoints
{
    public sealed record ItemRequest(
        string? OperationId, string? Kind, LocalizedText? Title, LocalizedText? Description, IReadOnlyList<string>? Tags,
        CataloguePrice? Price, IReadOnlyList<string>? ImageIds)
    {
        public CatalogueItemEdit ToEdit() => new(Kind, Title, Description, Tags, Price, ImageIds);
    }

    public sealed record HiddenRequest(string? OperationId, bool Hidden);

    public sealed record OrderRequest(string? OperationId, IReadOnlyList<string>? ItemIds);

    public sealed record BrandingRequest(string? OperationId, string? LogoId, string? BannerId);

    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var catalogue = app.MapBoothGroup("/catalogue").WithTags("Booth catalogue");
        catalogue.MapGet("", GetVisibleAsync)
            .WithName("GetBoothCatalogue").WithSummary("The booth's visible catalogue items and its files.");
        catalogue.MapGet("/manage", GetAllAsync)
            .WithName("GetBoothCatalogueForStaff").WithSummary("Every item, hidden ones too, for the booth's staff.");
        catalogue.MapPost("/items", CreateAsync)
            .WithName("CreateCatalogueItem").WithSummary("The booth's staff add an item at the end of the catalogue.");
        catalogue.MapPut("/items/{itemId}", ReplaceAsync)
            .WithName("ReplaceCatalogueItem").WithSummary("The booth's staff replace an item; it keeps its place and visibility.");
        catalogue.MapPut("/items/{itemId}/hidden", SetHiddenAsync)
            .WithName("HideCatalogueItem").WithSummary("The booth's staff hide or show an item.");
        catalogue.MapDelete("/items/{itemId}", DeleteAsync)
            .WithName("DeleteCatalogueItem").WithSummary("The booth's staff delete an item.");
        catalogue.MapPut("/order", ReorderAsync)
            .WithName("ReorderCatalogue").WithSummary("The booth's staff put every item in a new order.");
        catalogue.MapPut("/branding", SetBrandingAsync)
            .WithName("SetBoothBranding").WithSummary("The booth's staff choose which of its images are its logo and banner.");
        return app;
    }

    private static async Task<Ok<CatalogueView>> SetBrandingAsync(
        string boothId, BrandingRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(CatalogueView.From(await Grain(cluster, boothId).SetBrandingAsync(actorId, operationId, request!.LogoId, request.BannerId)));
    }

    private static async Task<Ok<CatalogueView>> GetVisibleAsync(string boothId, IClusterClient cluster, ExpoCatalog catalog)
    {
        return TypedResults.Ok(CatalogueView.From(await Grain(cluster, boothId).GetVisibleAsync()));
    }

    private static async Task<Ok<CatalogueView>> GetAllAsync(string boothId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        return TypedResults.Ok(CatalogueView.From(await Grain(cluster, boothId).GetAllAsync(actorId)));
    }

    private static async Task<Ok<CatalogueItem>> CreateAsync(
        string boothId, ItemRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await Grain(cluster, boothId).SaveItemAsync(actorId, operationId, null, request!.ToEdit()));
    }

    private static async Task<Ok<CatalogueItem>> ReplaceAsync(
        string boothId, string itemId, ItemRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await Grain(cluster, boothId).SaveItemAsync(actorId, operationId, itemId, request!.ToEdit()));
    }

    private static async Task<Ok<CatalogueItem>> SetHiddenAsync(
        string boothId, string itemId, HiddenRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await Grain(cluster, boothId).SetHiddenAsync(actorId, operationId, itemId, request!.Hidden));
    }

    private static async Task<NoContent> DeleteAsync(
        string boothId, string itemId, string? operationId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        await Grain(cluster, boothId).DeleteItemAsync(actorId, ExpoRules.RequireOperationId(operationId), itemId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<CatalogueItem>>> ReorderAsync(
        string boothId, OrderRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await Grain(cluster, boothId).ReorderAsync(actorId, operationId, request!.ItemIds ?? []));
    }

    private static IBoothCatalogueGrain Grain(IClusterClient cluster, string boothId) => cluster.GetGrain<IBoothCatalogueGrain>(boothId);
}
