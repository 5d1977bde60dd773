using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Endpoints;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Meetings;

/// <summary>
/// Meetings at a booth: its staff offer time slots, registered visitors book them (the booth's meetings grain takes
/// one booking per slot, whichever Web node the requests reach), and both find them in their agenda and as iCalendar files.
/// </summary>
public static class MeetingEndpoints
{
    public sealed record SlotRequest(string? OperationId, DateTimeOffset? StartsAt, int? Minutes);

    public sealed record BookingRequest(string? OperationId);

    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var slots = app.MapBoothGroup("/slots").WithTags("Meetings");
        slots.MapGet("", async (string boothId, IClusterClient cluster) => TypedResults.Ok(await Grain(cluster, boothId).GetSlotsAsync()))
            .WithName("GetMeetingSlots").WithSummary("The booth's meeting slots not yet ended, earliest first, and whether each is booked.");
        slots.MapGet("/manage", async (string boothId, HttpContext http, IClusterClient cluster) =>
                TypedResults.Ok(await Grain(cluster, boothId).GetForStaffAsync(http.User.RequireStaff(boothId))))
            .WithName("GetMeetingSlotsForStaff").WithSummary("The booth's meeting slots with who booked each, for its staff.");
        slots.MapPost("", PublishAsync)
            .WithName("PublishMeetingSlot").WithSummary("A staff member offers a meeting slot (10–120 minutes, within 60 days).");
        slots.MapDelete("/{slotId}", WithdrawAsync)
            .WithName("WithdrawMeetingSlot").WithSummary("A staff member withdraws a slot; its booking, if any, is cancelled.");
        slots.MapPost("/{slotId}/booking", BookAsync)
            .WithName("BookMeeting").WithSummary("A registered visitor books a free slot; a slot takes one booking.");
        slots.MapDelete("/{slotId}/booking", CancelAsync)
            .WithName("CancelMeeting").WithSummary("The booker or the booth's staff cancel a booking; the slot is free again.");
        slots.MapGet("/{slotId}/calendar.ics", CalendarAsync)
            .WithName("GetMeetingCalendar").WithSummary("The booked meeting as an iCalendar (.ics) file, for the booker or the booth's staff.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        app.MapGet("/api/me/meetings", MineAsync).WithTags("Meetings")
            .WithName("GetMyMeetings").WithSummary("The meetings the signed-in visitor booked and those they host, earliest first.");
        return app;
    }

    private static async Task<Ok<MeetingSlot>> PublishAsync(
        string boothId, SlotRequest? request, HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        http.User.RequireStaff(boothId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        MeetingRules.RequireLength(request!.Minutes);
        var start = request.StartsAt ?? throw ExpoException.Invalid("A slot needs a start time.");
        return TypedResults.Ok(await Grain(cluster, boothId).PublishAsync(http.User.ToVisitor(), operationId, catalog.ExpoId, start, request.Minutes!.Value));
    }

    private static async Task<NoContent> WithdrawAsync(string boothId, string slotId, string? operationId, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireStaff(boothId);
        ExpoRules.RequireOperationId(operationId);
        await Grain(cluster, boothId).WithdrawAsync(actorId, MeetingRules.RequireSlotId(slotId));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MeetingSlot>> BookAsync(string boothId, string slotId, BookingRequest? request, HttpContext http, IClusterClient cluster)
    {
        http.User.RequireAccount();
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await Grain(cluster, boothId).BookAsync(http.User.ToVisitor(), operationId, MeetingRules.RequireSlotId(slotId)));
    }

    private static async Task<Ok<MeetingSlot>> CancelAsync(string boothId, string slotId, string? operationId, HttpContext http, IClusterClient cluster)
    {
        var actorId = http.User.RequireAccount();
        ExpoRules.RequireOperationId(operationId);
        return TypedResults.Ok(await Grain(cluster, boothId).CancelAsync(actorId, MeetingRules.RequireSlotId(slotId)));
    }

    private static async Task<IResult> CalendarAsync(
        string boothId, string slotId, HttpContext http, IClusterClient cluster, ExpoCatalog catalog, TimeProvider time)
    {
        var actorId = http.User.RequireAccount();
        var slot = await Grain(cluster, boothId).GetSlotAsync(actorId, MeetingRules.RequireSlotId(slotId));
        if (slot?.Booker is null)
        {
            throw ExpoException.NotFound($"There is no booked meeting '{slotId}' at booth '{boothId}'.");
        }

        var booth = await catalog.RequireBoothAsync(boothId);
        var text = MeetingCalendar.Write(slot, booth.Name, http.User.Language(), ChatUrl(http, boothId), time.GetUtcNow());
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), MeetingCalendar.ContentType, $"meeting-{boothId}-{slot.StartsAt.UtcDateTime:yyyyMMdd-HHmm}.ics");
    }

    private static async Task<Ok<List<MeetingView>>> MineAsync(HttpContext http, IClusterClient cluster, ExpoCatalog catalog)
    {
        var visitorId = http.User.RequireAccount();
        var booked = await cluster.GetGrain<IVisitorMeetingsGrain>(visitorId).GetAsync();
        // The booth's slot is the source of truth: a booking the visitor's list still names but the booth no longer has is left out.
        var slots = (await Task.WhenAll(booked.Select(m => Grain(cluster, m.BoothId).GetSlotAsync(visitorId, m.SlotId))))
            .Where(s => s?.Booker?.VisitorId == visitorId).Select(s => (Slot: s!, Role: "guest")).ToList();
        foreach (var boothId in StaffedBooths(http.User))
        {
            var staffed = await Grain(cluster, boothId).GetForStaffAsync(visitorId);
            slots.AddRange(staffed.Where(s => s.Booked && s.Host.VisitorId == visitorId).Select(s => (Slot: s, Role: "host")));
        }

        var views = new List<MeetingView>();
        foreach (var (slot, role) in slots.OrderBy(s => s.Slot.StartsAt))
        {
            var booth = await catalog.FindBoothAsync(slot.BoothId);
            views.Add(new MeetingView(slot.BoothId, booth?.Name ?? new LocalizedText(slot.BoothId, slot.BoothId), slot.Id, slot.StartsAt, slot.EndsAt,
                role, slot.Host, slot.Booker, $"#/booth/{slot.BoothId}", $"/api/booths/{slot.BoothId}/slots/{slot.Id}/calendar.ics"));
        }

        return TypedResults.Ok(views);
    }

    private static IEnumerable<string> StaffedBooths(ClaimsPrincipal user) =>
        user.FindAll(ExpoClaims.Booth).Select(c => c.Value.Split(':')[0]).Where(ExpoRules.IsSlug).Distinct();

    private static Uri ChatUrl(HttpContext http, string boothId) =>
        new($"{http.Request.Scheme}://{http.Request.Host}/#/booth/{boothId}");

    private static IBoothMeetingsGrain Grain(IClusterClient cluster, string boothId) => cluster.GetGrain<IBoothMeetingsGrain>(boothId);
}
