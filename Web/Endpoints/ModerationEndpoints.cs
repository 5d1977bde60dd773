using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Moderation;
using Expo.Web.Reports;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using static Expo.Web.Moderation.ModerationRequests;

namespace Expo.Web.Endpoints;

/// <summary>
/// Moderation: mutes and bans, removing chat lines, visitors' reports and the audit log. Each call is checked here
/// against the session's roles and again by the moderation grain (and the booth), which hold the truth.
/// </summary>
public static class ModerationEndpoints
{
    public static IEndpointRouteBuilder MapModerationEndpoints(this IEndpointRouteBuilder app)
    {
        var moderation = app.MapGroup("/api/moderation").WithTags("Moderation");
        moderation.MapPost("/sanctions", SanctionAsync).WithName("Sanction")
            .WithSummary("Mutes or bans a visitor expo-wide (organisers) or in one booth (its staff and organisers), for a while or until lifted.");
        moderation.MapPost("/sanctions/{sanctionId}/lift", LiftAsync).WithName("LiftSanction")
            .WithSummary("Lifts a mute or ban, with a reason.");
        moderation.MapGet("/sanctions", GetSanctionsAsync).WithName("GetSanctions")
            .WithSummary("Mutes and bans in force: all for organisers, one booth's for its staff.");
        moderation.MapGet("/reports", GetReportsAsync).WithName("GetModerationReports")
            .WithSummary("Visitors' reports, newest first: all for organisers, one booth's for its staff.");
        moderation.MapPost("/reports/{reportId}/dismissal", DismissAsync).WithName("DismissReport")
            .WithSummary("Dismisses an open report, with a reason.");
        var booths = app.MapBoothGroup().WithTags("Moderation");
        booths.MapPost("/messages/{sequence:long}/removal", RemoveMessageAsync).WithName("RemoveChatMessage")
            .WithSummary("Removes a chat line for everyone in the booth, at once and for good.");
        booths.MapPost("/reports", ReportAsync).WithName("ReportInBooth")
            .WithSummary("Any visitor reports a chat line or a person in the booth.");
        var audit = app.MapGroup("/api/organiser/moderation").WithTags("Organiser");
        audit.MapGet("/audit", GetAuditAsync).WithName("GetModerationAudit")
            .WithSummary("The moderation audit log, newest first, a page at a time.");
        audit.MapGet("/audit.csv", GetAuditCsvAsync).WithName("ExportModerationAudit")
            .WithSummary("The whole moderation audit log as CSV (UTF-8 with BOM), newest first.");
        app.MapModerationArchiveEndpoints();
        return app;
    }

    private static async Task<Ok<Sanction>> SanctionAsync(SanctionBody? body, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var operationId = ExpoRules.RequireOperationId(body?.OperationId);
        string actorId;
        if (body!.BoothId is { } boothId)
        {
            await catalog.RequireBoothAsync(boothId);
            actorId = http.User.RequireStaffOrOrganiser(boothId);
        }
        else
        {
            actorId = http.User.RequireOrganiser();
        }

        var duration = body.DurationMinutes is { } minutes && double.IsFinite(minutes) && minutes is > 0 and < 1e7
            ? TimeSpan.FromMinutes(minutes)
            : body.DurationMinutes is null ? (TimeSpan?)null : throw ExpoException.Invalid("durationMinutes is a positive number, or absent for until lifted.");
        var request = new SanctionRequest(
            ModerationRules.RequireKind(body.Kind), body.VisitorId ?? "", body.VisitorName, body.BoothId, ModerationRules.RequireDuration(duration),
            ModerationRules.RequireReason(body.Reason), body.ReportId);
        return TypedResults.Ok(await Grain(cluster, catalog).SanctionAsync(actorId, operationId, request));
    }

    private static async Task<NoContent> LiftAsync(string sanctionId, ReasonBody? body, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = RequireSomeModerator(http);
        var operationId = ExpoRules.RequireOperationId(body?.OperationId);
        var reason = ModerationRules.RequireReason(body!.Reason);
        await Grain(cluster, catalog).LiftAsync(actorId, operationId, sanctionId, reason);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<Sanction>>> GetSanctionsAsync(string? boothId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = await RequireScopeAsync(http, catalog, boothId);
        return TypedResults.Ok(await Grain(cluster, catalog).GetSanctionsAsync(actorId, boothId));
    }

    private static async Task<Ok<IReadOnlyList<ModerationReport>>> GetReportsAsync(
        string? boothId, string? status, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = await RequireScopeAsync(http, catalog, boothId);
        var openOnly = (status ?? "open") switch
        {
            "open" => true,
            "all" => false,
            _ => throw ExpoException.Invalid("status is open or all."),
        };
        return TypedResults.Ok(await Grain(cluster, catalog).GetReportsAsync(actorId, boothId, openOnly));
    }

    private static async Task<Ok<ModerationReport>> DismissAsync(string reportId, ReasonBody? body, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = RequireSomeModerator(http);
        var operationId = ExpoRules.RequireOperationId(body?.OperationId);
        var reason = ModerationRules.RequireReason(body!.Reason);
        return TypedResults.Ok(await Grain(cluster, catalog).DismissReportAsync(actorId, operationId, reportId, reason));
    }

    private static async Task<Ok<AuditEntry>> RemoveMessageAsync(
        string boothId, long sequence, RemovalBody? body, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaffOrOrganiser(boothId);
        var operationId = ExpoRules.RequireOperationId(body?.OperationId);
        var reason = ModerationRules.RequireReason(body!.Reason);
        return TypedResults.Ok(await Grain(cluster, catalog).RemoveMessageAsync(actorId, operationId, boothId, sequence, reason, body.ReportId));
    }

    private static async Task<Ok<ReportReceipt>> ReportAsync(string boothId, ReportBody? body, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var reporter = http.User.ToVisitor();
        var operationId = ExpoRules.RequireOperationId(body?.OperationId);
        var request = new ReportRequest(
            boothId, body!.Sequence, body.VisitorId, ModerationRules.RequireCategory(body.Category), ModerationRules.RequireReportText(body.Text));
        var report = await Grain(cluster, catalog).ReportAsync(reporter, operationId, request);
        return TypedResults.Ok(new ReportReceipt(report.Id, report.Status));
    }

    private static async Task<Ok<AuditPage>> GetAuditAsync(int? skip, int? take, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireOrganiser();
        return TypedResults.Ok(await Grain(cluster, catalog).GetAuditAsync(actorId, skip ?? 0, take ?? 50));
    }

    private static async Task<FileContentHttpResult> GetAuditCsvAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireOrganiser();
        var entries = new List<AuditEntry>();
        while (true)
        {
            var page = await Grain(cluster, catalog).GetAuditAsync(actorId, entries.Count, ModerationRules.MaxAuditPage);
            entries.AddRange(page.Entries);
            if (page.Entries.Count < ModerationRules.MaxAuditPage || entries.Count >= page.Total)
            {
                break;
            }
        }

        // A download, never a page: the browser saves it and does not guess another type.
        return TypedResults.File(AuditCsv.Write(entries), Csv.ContentType, "moderation-audit.csv");
    }

    /// <summary>Organisers see everything; a booth's staff name their booth.</summary>
    private static async Task<string> RequireScopeAsync(HttpContext http, ExpoCatalog catalog, string? boothId)
    {
        if (boothId is null)
        {
            return http.User.RequireOrganiser();
        }

        await catalog.RequireBoothAsync(boothId);
        return http.User.RequireStaffOrOrganiser(boothId);
    }

    /// <summary>For commands whose scope only the grain knows: an organiser or staff of some booth; the grain checks the scope.</summary>
    private static string RequireSomeModerator(HttpContext http)
    {
        var actorId = http.User.RequireAccount();
        return http.User.IsOrganiser() || http.User.FindAll(ExpoClaims.Booth).Any()
            ? actorId
            : throw ExpoException.Forbidden("Only organisers and booth staff moderate.");
    }

    private static IModerationGrain Grain(IClusterClient cluster, ExpoCatalog catalog) => cluster.GetGrain<IModerationGrain>(catalog.ExpoId);
}
