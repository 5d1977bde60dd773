using System.Security.Claims;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Agenda;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>
/// The agenda: everyone reads the sessions and their questions; organisers create, edit and cancel sessions,
/// checked here and again by the agenda grain.
/// </summary>
public static class AgendaEndpoints
{
    public sealed record SessionRequest(
        string? OperationId, LocalizedText? Title, LocalizedText? Description, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
        string? Place, IReadOnlyList<AgendaSpeaker>? Speakers, string? StreamUrl);

    public sealed record CancelRequest(string? OperationId);

    public static IEndpointRouteBuilder MapAgendaEndpoints(this IEndpointRouteBuilder app)
    {
        var agenda = app.MapGroup("/api/agenda").WithTags("Agenda");
        agenda.MapGet("", GetAsync)
            .WithName("GetAgenda").WithSummary("Every session of the expo, cancelled ones too, by start time; with the expo's time zone.");
        agenda.MapGet("/sessions/{sessionId}", GetSessionAsync)
            .WithName("GetAgendaSession").WithSummary("One session.");
        agenda.MapGet("/sessions/{sessionId}/questions", GetQuestionsAsync)
            .WithName("GetSessionQuestions").WithSummary("A session's visible questions, most votes first, and which of them the reader voted for.");
        var organiser = app.MapGroup("/api/organiser/agenda/sessions").WithTags("Organiser");
        organiser.MapPost("", CreateAsync)
            .WithName("CreateAgendaSession").WithSummary("An organiser adds a session.");
        organiser.MapPut("/{sessionId}", UpdateAsync)
            .WithName("UpdateAgendaSession").WithSummary("An organiser replaces a session's details.");
        organiser.MapPost("/{sessionId}/cancel", CancelAsync)
            .WithName("CancelAgendaSession").WithSummary("An organiser cancels a session; it stays listed as cancelled.");
        return app;
    }

    private static async Task<Ok<AgendaView>> GetAsync(AgendaFeeds feeds) =>
        TypedResults.Ok(await feeds.Agenda.GetAsync());

    private static async Task<Ok<AgendaSession>> GetSessionAsync(string sessionId, AgendaFeeds feeds) =>
        TypedResults.Ok(await RequireSessionAsync(feeds, sessionId));

    private static async Task<Ok<QnaBoard>> GetQuestionsAsync(string sessionId, HttpContext http, AgendaFeeds feeds)
    {
        await RequireSessionAsync(feeds, sessionId);
        var readerId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return TypedResults.Ok(await feeds.Qna(sessionId).GetAsync(readerId));
    }

    private static async Task<Ok<AgendaSession>> CreateAsync(SessionRequest? request, HttpContext http, AgendaFeeds feeds)
    {
        var actorId = http.User.RequireOrganiser();
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        var draft = AgendaRules.RequireDraft(ToDraft(request!));
        return TypedResults.Ok(await feeds.Agenda.CreateAsync(actorId, operationId, draft));
    }

    private static async Task<Ok<AgendaSession>> UpdateAsync(string sessionId, SessionRequest? request, HttpContext http, AgendaFeeds feeds)
    {
        var actorId = http.User.RequireOrganiser();
        AgendaRules.RequireSessionId(sessionId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        var draft = AgendaRules.RequireDraft(ToDraft(request!));
        return TypedResults.Ok(await feeds.Agenda.UpdateAsync(actorId, operationId, sessionId, draft));
    }

    private static async Task<Ok<AgendaSession>> CancelAsync(string sessionId, CancelRequest? request, HttpContext http, AgendaFeeds feeds)
    {
        var actorId = http.User.RequireOrganiser();
        AgendaRules.RequireSessionId(sessionId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await feeds.Agenda.CancelAsync(actorId, operationId, sessionId));
    }

    private static AgendaSessionDraft ToDraft(SessionRequest r) => new(
        r.Title!, r.Description!, r.StartsAt ?? default, r.EndsAt ?? default, r.Place ?? "", r.Speakers ?? [], r.StreamUrl);

    private static async Task<AgendaSession> RequireSessionAsync(AgendaFeeds feeds, string sessionId)
    {
        AgendaRules.RequireSessionId(sessionId);
        return await feeds.Agenda.GetSessionAsync(sessionId)
            ?? throw ExpoException.NotFound($"The agenda has no session '{sessionId}'.");
    }
}
