using Expo.Grains;
using Expo.Web.Agenda;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Expo.Web.Endpoints;

/// <summary>The visitor's plan of agenda sessions (guests too), kept on their visitor grain, which reminds them before each starts.</summary>
public static class PlanEndpoints
{
    public sealed record PlanRequest(string? OperationId);

    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/me/plan").WithTags("Agenda");
        plan.MapGet("", GetAsync)
            .WithName("GetPlan").WithSummary("The session ids in the visitor's plan, in the order they were added.");
        plan.MapPut("/{sessionId}", AddAsync)
            .WithName("AddToPlan").WithSummary("Puts a session in the visitor's plan; answers the plan.");
        plan.MapDelete("/{sessionId}", RemoveAsync)
            .WithName("RemoveFromPlan").WithSummary("Takes a session out of the visitor's plan; answers the plan.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<string>>> GetAsync(HttpContext http, AgendaFeeds feeds) =>
        TypedResults.Ok(await feeds.Visitor(http.User.ToVisitor().VisitorId).GetPlanAsync());

    private static async Task<Ok<IReadOnlyList<string>>> AddAsync(string sessionId, PlanRequest? request, HttpContext http, AgendaFeeds feeds)
    {
        var visitor = http.User.ToVisitor();
        AgendaRules.RequireSessionId(sessionId);
        var operationId = ExpoRules.RequireOperationId(request?.OperationId);
        return TypedResults.Ok(await feeds.Visitor(visitor.VisitorId).SetPlannedAsync(operationId, feeds.ExpoId, sessionId, true));
    }

    private static async Task<Ok<IReadOnlyList<string>>> RemoveAsync(
        string sessionId, string? operationId, HttpContext http, AgendaFeeds feeds)
    {
        var visitor = http.User.ToVisitor();
        AgendaRules.RequireSessionId(sessionId);
        var operation = ExpoRules.RequireOperationId(operationId);
        return TypedResults.Ok(await feeds.Visitor(visitor.VisitorId).SetPlannedAsync(operation, feeds.ExpoId, sessionId, false));
    }
}
