using System.Text;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Passport;

/// <summary>
/// Reading the passport, its certificate, and the organisers' completion figures. Nothing here writes a stamp: only
/// booths award them, from the visits and chat lines they record.
/// </summary>
public static class PassportEndpoints
{
    public static IEndpointRouteBuilder MapPassportEndpoints(this IEndpointRouteBuilder app)
    {
        var passport = app.MapGroup("/api/me/passport").WithTags("Passport");
        passport.MapGet("", GetAsync)
            .WithName("GetPassport").WithSummary("The visitor's passport stamps in this expo (guests too), one per pavilion visited.");
        passport.MapGet("/certificate", GetCertificateAsync)
            .WithName("GetPassportCertificate")
            .WithSummary("The certificate (SVG) for a passport with every pavilion stamped; 409 conflict until then.")
            .Produces(StatusCodes.Status200OK, contentType: PassportCertificate.ContentType);
        app.MapGet("/api/organiser/passports", GetCountsAsync)
            .WithTags("Organiser")
            .WithName("GetPassportCounts").WithSummary("How many visitors hold 1, 2, … stamps, and how many completed their passport.");
        return app;
    }

    private static async Task<Ok<PassportView>> GetAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog) =>
        TypedResults.Ok(await ReadAsync(http, cluster, catalog));

    private static async Task<FileContentHttpResult> GetCertificateAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var passport = await ReadAsync(http, cluster, catalog);
        if (!passport.Complete)
        {
            throw ExpoException.Conflict($"The certificate comes with all {passport.Pavilions} stamps; this passport has {passport.Collected}.");
        }

        var definition = await RequireDefinitionAsync(catalog);
        var svg = PassportCertificate.Draw(definition, http.User.ToVisitor().DisplayName, passport.Stamps);
        return TypedResults.File(Encoding.UTF8.GetBytes(svg), PassportCertificate.ContentType, "silk-road-passport.svg");
    }

    private static async Task<Ok<PassportCountsView>> GetCountsAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireOrganiser();
        var definition = await RequireDefinitionAsync(catalog);
        var tally = await cluster.GetGrain<IPassportTallyGrain>(catalog.ExpoId).GetAsync(actorId);
        var pavilions = definition.Pavilions.Count;
        var holders = Enumerable.Range(1, pavilions)
            .Select(n => new StampHolders(n, n == pavilions ? tally.Holders.Skip(n - 1).Sum() : tally.Holders.ElementAtOrDefault(n - 1)))
            .ToList();
        return TypedResults.Ok(new PassportCountsView(catalog.ExpoId, pavilions, holders, holders.Count == 0 ? 0 : holders[^1].Visitors));
    }

    private static async Task<PassportView> ReadAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var visitor = http.User.ToVisitor();
        var definition = await RequireDefinitionAsync(catalog);
        var stamps = await cluster.GetGrain<IPassportGrain>(visitor.VisitorId).GetAsync(catalog.ExpoId);

        // Only the expo's current pavilions count: one taken out of the expo since leaves its stamp behind.
        var pavilionIds = definition.Pavilions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var views = stamps.Where(s => pavilionIds.Contains(s.PavilionId)).Select(StampView.From).ToList();
        return new PassportView(visitor.VisitorId, catalog.ExpoId, pavilionIds.Count, views.Count, pavilionIds.Count > 0 && views.Count == pavilionIds.Count, views);
    }

    private static async Task<ExpoDefinition> RequireDefinitionAsync(ExpoCatalog catalog) =>
        await catalog.GetDefinitionAsync()
            ?? throw new ExpoException(ExpoErrors.Unavailable, "The expo is still being set up; try again in a moment.");
}
