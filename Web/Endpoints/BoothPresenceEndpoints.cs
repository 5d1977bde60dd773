using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>Who is at a booth now (its staff, for everyone; everyone, for its staff), chat invitations and the booth's statistics.</summary>
public static class BoothPresenceEndpoints
{
    public sealed record Attendee(string VisitorId, string DisplayName, DateTimeOffset Since, long StayedSeconds, bool Staff, string? Organisation);

    public sealed record ChatInvitationRequest(string? VisitorId);

    public static IEndpointRouteBuilder MapBoothPresenceEndpoints(this IEndpointRouteBuilder app)
    {
        var booth = app.MapBoothGroup().WithTags("Booth presence");
        booth.MapGet("/staff-online", GetStaffOnlineAsync)
            .WithName("GetStaffOnline").WithSummary("The booth's staff who are in the booth now.");
        booth.MapGet("/attendees", GetAttendeesAsync)
            .WithName("GetBoothAttendees").WithSummary("Everyone in the booth now, since when, for its staff.");
        booth.MapPost("/chat-invitations", InviteAsync)
            .WithName("InviteToChat").WithSummary("A staff member invites a visitor who is in the booth to chat.");
        booth.MapGet("/analytics", GetAnalyticsAsync)
            .WithName("GetBoothAnalytics").WithSummary("Visits, unique visitors, stays, chat lines and downloads, in total and per hour.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<VisitorRef>>> GetStaffOnlineAsync(string boothId, IClusterClient cluster, ExpoCatalog catalog)
    {
        return TypedResults.Ok(await cluster.GetGrain<IBoothGrain>(boothId).GetStaffOnlineAsync());
    }

    private static async Task<Ok<List<Attendee>>> GetAttendeesAsync(
        string boothId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var actorId = http.User.RequireStaff(boothId);
        var attendees = await cluster.GetGrain<IBoothGrain>(boothId).GetAttendeesAsync(actorId);

        // A visitor's organisation is known when they handed this booth their card.
        var cards = (await cluster.GetGrain<IBoothLeadsGrain>(boothId).GetLeadsAsync(actorId)).ToDictionary(l => l.VisitorId, l => l.Card);
        var now = time.GetUtcNow();
        return TypedResults.Ok(attendees.Select(a => new Attendee(a.VisitorId, a.DisplayName, a.Since,
            (long)Math.Max(0, (now - a.Since).TotalSeconds), a.Staff, cards.GetValueOrDefault(a.VisitorId)?.Organisation)).ToList());
    }

    private static async Task<Ok<ChatInvitation>> InviteAsync(
        string boothId, ChatInvitationRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        if (!ExpoRules.IsSlug(request?.VisitorId))
        {
            throw ExpoException.Invalid("Name the visitor to invite (visitorId).");
        }

        return TypedResults.Ok(await cluster.GetGrain<IBoothGrain>(boothId).InviteToChatAsync(actorId, request!.VisitorId!));
    }

    private static async Task<Ok<BoothAnalytics>> GetAnalyticsAsync(string boothId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var actorId = http.User.RequireStaff(boothId);
        return TypedResults.Ok(await cluster.GetGrain<IBoothAnalyticsGrain>(boothId).GetAsync(actorId));
    }
}
