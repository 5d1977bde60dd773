using Expo.Grains.Models;

namespace Expo.Web.Endpoints;

/// <summary>The expo as <c>GET /api/expo</c> shows it: the catalogue with live counts.</summary>
public sealed record ExpoView(
    string Id,
    LocalizedText Name,
    LocalizedText Tagline,
    LocalizedText Description,
    IReadOnlyList<FieldOfCooperation> Fields,
    IReadOnlyList<PavilionView> Pavilions,
    int Count);

public sealed record PavilionView(
    string Id,
    string Kind,
    LocalizedText Name,
    LocalizedText Province,
    LocalizedText Heritage,
    bool HeritageSample,
    IReadOnlyList<BoothView> Booths,
    int Count);

public sealed record BoothView(
    string Id,
    string PavilionId,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<string> Fields,
    bool Sample,
    int Count,
    LocalizedText Tagline,
    IReadOnlyList<ContactChannel> Contacts,
    OpeningHours? OpeningHours,
    IReadOnlyList<string> Languages)
{
    private static readonly LocalizedText NoText = new("", "");

    public static BoothView From(BoothProfile booth, int count) =>
        new(booth.Id, booth.PavilionId, booth.Name, booth.Description, booth.Fields, booth.Sample, count,
            booth.Tagline ?? NoText, booth.Contacts ?? [], booth.OpeningHours, booth.Languages ?? []);
}
