using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Leads;
using Expo.Web.Reports;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// Visitors reach out to a booth (contact request, business card, brochure download), each time agreeing to the
/// statement shown with the button; the booth's staff read, rate, annotate and export the leads this makes.
/// </summary>
public static class LeadEndpoints
{
    public sealed record ContactRequest(string? OperationId, bool Consent, string? Message, BusinessCard? Card);

    public sealed record CardRequest(string? OperationId, bool Consent, BusinessCard? Card);

    public sealed record DownloadRequest(string? OperationId, string? MediaId, bool ShareContact);

    public sealed record DownloadGranted(string Url, bool Shared);

    public sealed record AnnotateRequest(string? OperationId, int? Rating, string? Note);

    public sealed record ConsentStatements(LocalizedText Share, LocalizedText Chat);

    public static IEndpointRouteBuilder MapLeadEndpoints(this IEndpointRouteBuilder app)
    {
        var booth = app.MapBoothGroup().WithTags("Booth leads");
        booth.MapPost("/contact-requests", ContactAsync)
            .WithName("SendContactRequest").WithSummary("A signed-in visitor asks the booth to contact them.");
        booth.MapPost("/cards", CardAsync)
            .WithName("ExchangeBusinessCard").WithSummary("A signed-in visitor hands the booth a digital business card.");
        booth.MapPost("/downloads", DownloadAsync)
            .WithName("DownloadBrochure").WithSummary("Anyone gets a brochure's URL; a signed-in visitor who agrees also becomes a lead.");
        booth.MapGet("/leads", GetLeadsAsync)
            .WithName("GetBoothLeads").WithSummary("The booth's leads, newest contact first, for its staff.");
        booth.MapPut("/leads/{visitorId}", AnnotateAsync)
            .WithName("AnnotateBoothLead").WithSummary("The booth's staff rate (1–5) and annotate a lead.");
        booth.MapGet("/leads/export", ExportAsync)
            .WithName("ExportBoothLeads").WithSummary("The booth's leads as CSV (UTF-8 with BOM) or JSON, for its staff.");
        app.MapGet("/api/leads/consent", () => TypedResults.Ok(new ConsentStatements(LeadRules.ShareStatement, LeadRules.ChatStatement)))
            .WithTags("Booth leads").WithName("GetLeadConsentStatements").WithSummary("The statements visitors agree to when they share their details.");
        return app;
    }

    private static async Task<Ok<Lead>> ContactAsync(string boothId, ContactRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var visitor = RequireAccount(http);
        var share = new LeadShare(LeadRules.Contact, request?.Consent == true, http.User.Language(), request?.Message, request?.Card, null);
        return TypedResults.Ok(await ShareAsync(cluster, boothId, visitor, request?.OperationId, share));
    }

    private static async Task<Ok<Lead>> CardAsync(string boothId, CardRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var visitor = RequireAccount(http);
        var share = new LeadShare(LeadRules.Card, request?.Consent == true, http.User.Language(), null, request?.Card, null);
        return TypedResults.Ok(await ShareAsync(cluster, boothId, visitor, request?.OperationId, share));
    }

    private static async Task<Ok<DownloadGranted>> DownloadAsync(
        string boothId, DownloadRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var mediaId = request?.MediaId ?? "";
        var media = ExpoRules.IsSlug(mediaId) ? await cluster.GetGrain<IBoothCatalogueGrain>(boothId).GetMediaAsync(mediaId) : null;
        if (media?.Kind != MediaKinds.Brochure)
        {
            throw ExpoException.NotFound($"Booth '{boothId}' has no brochure '{mediaId}'.");
        }

        cluster.GetGrain<IBoothAnalyticsGrain>(boothId).RecordDownloadAsync().Ignore();
        var shared = request!.ShareContact;
        if (shared)
        {
            var visitor = http.User.ToVisitor();
            http.User.RequireAccount();
            var share = new LeadShare(LeadRules.Download, true, http.User.Language(), null, null, mediaId);
            await ShareAsync(cluster, boothId, visitor, request.OperationId, share);
        }

        return TypedResults.Ok(new DownloadGranted(MediaView.UrlOf(boothId, mediaId), shared));
    }

    private static async Task<Ok<IReadOnlyList<Lead>>> GetLeadsAsync(string boothId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        return TypedResults.Ok(await Grain(cluster, boothId).GetLeadsAsync(actorId));
    }

    private static async Task<Ok<Lead>> AnnotateAsync(
        string boothId, string visitorId, AnnotateRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        LeadRules.RequireRating(request!.Rating);
        LeadRules.RequireNote(request.Note);
        return TypedResults.Ok(await Grain(cluster, boothId).AnnotateAsync(actorId, operationId, visitorId, request.Rating, request.Note));
    }

    private static async Task<IResult> ExportAsync(string boothId, string? format, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        if (format is not (null or "csv" or "json"))
        {
            throw ExpoException.Invalid("The export format is 'csv' or 'json'.");
        }

        var leads = await Grain(cluster, boothId).GetLeadsAsync(actorId);
        var name = $"leads-{boothId}-{DateTime.UtcNow:yyyyMMdd-HHmm}";
        if (format == "json")
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.json\"";
            return TypedResults.Json(leads, contentType: "application/json; charset=utf-8");
        }

        return TypedResults.File(LeadCsv.Write(leads), Csv.ContentType, $"{name}.csv");
    }

    private static VisitorRef RequireAccount(HttpContext http)
    {
        http.User.RequireAccount();
        return http.User.ToVisitor();
    }

    private static Task<Lead> ShareAsync(IClusterClient cluster, string boothId, VisitorRef visitor, string? operationId, LeadShare share)
    {
        var id = ExpoRules.RequireOperationId(operationId);
        return Grain(cluster, boothId).ShareAsync(visitor, id, share);
    }

    private static IBoothLeadsGrain Grain(IClusterClient cluster, string boothId) => cluster.GetGrain<IBoothLeadsGrain>(boothId);
}
