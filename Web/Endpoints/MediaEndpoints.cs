using System.Net.Mime;
using Expo.Grains;
using Expo.Web.Auth;
using Expo.Web.Media;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Expo.Web.Endpoints;

/// <summary>
/// Booth files: staff upload the raw bytes (the type is found from them), anyone opens them through this node with
/// the type that was found, a <c>Content-Disposition</c> and <c>nosniff</c>.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        var media = app.MapBoothGroup("/media").WithTags("Booth media");
        media.MapPost("", UploadAsync)
            .WithName("UploadBoothMedia").WithSummary("The booth's staff upload an image, a PDF brochure or a short video as the request body.");
        media.MapDelete("/{mediaId}", DeleteAsync)
            .WithName("DeleteBoothMedia").WithSummary("The booth's staff remove a file; items that showed it no longer do.");
        app.MapGet("/media/{boothId}/{mediaId}", ServeAsync).WithTags("Booth media")
            .WithName("GetBoothMedia").WithSummary("A booth's file, with the content type found when it was uploaded.");
        return app;
    }

    private static async Task<Ok<MediaView>> UploadAsync(
        string boothId, string? operationId, string? fileName, HttpContext http, MediaUploads uploads, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var media = await uploads.UploadAsync(boothId, actorId, ExpoRules.RequireOperationId(operationId), fileName, http);
        return TypedResults.Ok(MediaView.From(boothId, media));
    }

    private static async Task<NoContent> DeleteAsync(
        string boothId, string mediaId, string? operationId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, MediaStore store)
    {
        var actorId = http.User.RequireStaff(boothId);
        var removed = await cluster.GetGrain<IBoothCatalogueGrain>(boothId).RemoveMediaAsync(actorId, ExpoRules.RequireOperationId(operationId), mediaId);
        if (removed is not null)
        {
            await store.DeleteAsync(removed.BlobName);
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> ServeAsync(string boothId, string mediaId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, MediaStore store)
    {
        await catalog.RequireBoothAsync(boothId);
        var media = ExpoRules.IsSlug(mediaId)
            ? await cluster.GetGrain<IBoothCatalogueGrain>(boothId).GetMediaAsync(mediaId)
            : null;
        var content = media is null ? null : await store.OpenAsync(media.BlobName);
        if (media is null || content is null)
        {
            throw ExpoException.NotFound($"Booth '{boothId}' has no file '{mediaId}'.");
        }

        // Brochures download; images and videos show in the page. Either way the browser takes the type we found.
        var disposition = new ContentDispositionHeaderValue(media.Kind == MediaKinds.Brochure ? DispositionTypeNames.Attachment : DispositionTypeNames.Inline);
        disposition.SetHttpFileName(media.FileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Stream(content, media.ContentType);
    }
}
