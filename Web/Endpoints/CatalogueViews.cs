using Expo.Grains.Models;

namespace Expo.Web.Endpoints;

/// <summary>A booth's catalogue as the API shows it: files carry the URL they are served at, never their blob name.</summary>
public sealed record CatalogueView(string BoothId, IReadOnlyList<CatalogueItem> Items, IReadOnlyList<MediaView> Media, string? LogoId, string? BannerId)
{
    public static CatalogueView From(BoothCatalogue catalogue) =>
        new(catalogue.BoothId, catalogue.Items, [.. catalogue.Media.Select(m => MediaView.From(catalogue.BoothId, m))], catalogue.LogoId, catalogue.BannerId);
}

public sealed record MediaView(string Id, string Kind, string ContentType, long Length, string FileName, string Url, DateTimeOffset UploadedAt)
{
    public static string UrlOf(string boothId, string mediaId) => $"/media/{boothId}/{mediaId}";

    public static MediaView From(string boothId, MediaFile media) =>
        new(media.Id, media.Kind, media.ContentType, media.Length, media.FileName, UrlOf(boothId, media.Id), media.UploadedAt);
}
