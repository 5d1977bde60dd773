using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// Announcements: everyone reads the current ones (latecomers included); organisers publish and withdraw them,
/// checked here and again by the announcements grain. Every node pushes a changed board to its visitors.
/// </summary>
public static class AnnouncementEndpoints
{
    public sealed record PublishRequest(string? OperationId, LocalizedText? Text, string? PavilionId);

    public static IEndpointRouteBuilder MapAnnouncementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/announcements", GetAsync).WithTags("Announcements")
            .WithName("GetAnnouncements").WithSummary("The current announcements: at most one for the whole expo and one per pavilion.");
        var organiser = app.MapGroup("/api/organiser/announcements").WithTags("Organiser");
        organiser.MapPost("", PublishAsync)
            .WithName("PublishAnnouncement").WithSummary("An organiser publishes to the whole expo or one pavilion, replacing that scope's announcement.");
        organiser.MapDelete("", WithdrawAsync)
            .WithName("WithdrawAnnouncement").WithSummary("An organiser withdraws the whole expo's or one pavilion's announcement.");
        return app;
    }

    private static async Task<Ok<AnnouncementBoard>> GetAsync(AnnouncementFeed feed) => TypedResults.Ok(await feed.ReadAsync());

    private static async Task<Ok<AnnouncementBoard>> PublishAsync(
        PublishRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, AnnouncementFeed feed)
    {
        var actorId = http.User.RequireOrganiser();
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        var text = AnnouncementRules.RequireText(request!.Text);
        var board = await cluster.GetGrain<IAnnouncementsGrain>(catalog.ExpoId).PublishAsync(actorId, operationId, text, request.PavilionId);
        await feed.ApplyAsync(board);
        return TypedResults.Ok(board);
    }

    private static async Task<Ok<AnnouncementBoard>> WithdrawAsync(
        string? operationId, string? pavilionId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, AnnouncementFeed feed)
    {
        var actorId = http.User.RequireOrganiser();
        var operation = ExpoRules.RequireOperationId(operationId);
        var board = await cluster.GetGrain<IAnnouncementsGrain>(catalog.ExpoId).WithdrawAsync(actorId, operation, pavilionId);
        await feed.ApplyAsync(board);
        return TypedResults.Ok(board);
    }
}
