namespace Expo.Grains.Visitors;

/// <summary>The visitor's plan of agenda sessions, kept with them like the expo bag.</summary>
public sealed partial class VisitorGrain
{
    public const int MaxPlanned = 100;

    public Task<IReadOnlyList<string>> GetPlanAsync() => Task.FromResult(PlanIds());

    public async Task<IReadOnlyList<string>> SetPlannedAsync(string operationId, string expoId, string sessionId, bool planned)
    {
        ExpoRules.RequireOperationId(operationId);
        AgendaRules.RequireSessionId(sessionId);
        if (!ExpoRules.IsSlug(expoId))
        {
            throw ExpoException.Invalid("An expo id is a slug.");
        }

        var plan = state.State.Plan;
        var entry = new PlannedSession(expoId, sessionId);
        if (state.State.PlanOperations.Contains(operationId) || plan.Contains(entry) == planned)
        {
            return PlanIds();
        }

        if (planned)
        {
            var session = await GrainFactory.GetGrain<IAgendaGrain>(expoId).GetSessionAsync(sessionId)
                ?? throw ExpoException.NotFound($"The agenda has no session '{sessionId}'.");
            if (session.Cancelled)
            {
                throw ExpoException.Conflict("The session was cancelled.");
            }

            if (plan.Count >= MaxPlanned)
            {
                throw ExpoException.Invalid($"A plan holds up to {MaxPlanned} sessions.");
            }

            plan.Add(entry);
        }
        else
        {
            plan.Remove(entry);
        }

        state.State.PlanOperations.Add(operationId);
        if (state.State.PlanOperations.Count > OperationWindow)
        {
            state.State.PlanOperations.RemoveRange(0, state.State.PlanOperations.Count - OperationWindow);
        }

        await state.WriteStateAsync();
        await ScheduleRemindersAsync();
        return PlanIds();
    }

    private IReadOnlyList<string> PlanIds() => [.. state.State.Plan.Select(p => p.SessionId)];
}
