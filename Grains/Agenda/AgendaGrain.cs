using Expo.Grains.Models;

namespace Expo.Grains.Agenda;

/// <summary>
/// The schedule of one expo. Every change is written before it is acknowledged; Web nodes read the agenda on request,
/// and each session's Q&amp;A lives in its own grain.
/// </summary>
public sealed class AgendaGrain(
    [PersistentState("agenda", ExpoStorage.Expo)] IPersistentState<AgendaState> state) : Grain, IAgendaGrain
{
    private const int KeptOperations = 500;

    public async Task<AgendaSession> CreateAsync(string actorId, string operationId, AgendaSessionDraft draft)
    {
        ExpoRules.RequireOperationId(operationId);
        await RequireOrganiserAsync(actorId);
        var valid = AgendaRules.RequireDraft(draft);
        if (Applied(actorId, operationId) is { } done)
        {
            return done;
        }

        await RequirePlaceAsync(valid.Place);
        var session = From($"s-{Guid.NewGuid():N}"[..14], valid, cancelled: false, sample: false);
        await ChangeAsync(actorId, operationId, session);
        return session;
    }

    public async Task<AgendaSession> UpdateAsync(string actorId, string operationId, string sessionId, AgendaSessionDraft draft)
    {
        ExpoRules.RequireOperationId(operationId);
        AgendaRules.RequireSessionId(sessionId);
        await RequireOrganiserAsync(actorId);
        var valid = AgendaRules.RequireDraft(draft);
        if (Applied(actorId, operationId) is { } done)
        {
            return done;
        }

        var current = Require(sessionId);
        if (current.Cancelled)
        {
            throw ExpoException.Conflict("A cancelled session cannot be edited.");
        }

        await RequirePlaceAsync(valid.Place);
        var session = From(sessionId, valid, cancelled: false, sample: false);
        await ChangeAsync(actorId, operationId, session);
        return session;
    }

    public async Task<AgendaSession> CancelAsync(string actorId, string operationId, string sessionId)
    {
        ExpoRules.RequireOperationId(operationId);
        AgendaRules.RequireSessionId(sessionId);
        await RequireOrganiserAsync(actorId);
        if (Applied(actorId, operationId) is { } done)
        {
            return done;
        }

        var current = Require(sessionId);
        if (current.Cancelled)
        {
            return current;
        }

        var session = current with { Cancelled = true };
        await ChangeAsync(actorId, operationId, session);
        return session;
    }

    public async Task SeedAsync(IReadOnlyList<AgendaSession> sessions)
    {
        if (state.State.Initialised)
        {
            return;
        }

        state.State.Sessions = [.. sessions];
        state.State.Initialised = true;
        state.State.Version++;
        await state.WriteStateAsync();
    }

    public Task<AgendaView> GetAsync() => Task.FromResult(new AgendaView(
        state.State.Version,
        AgendaRules.ExpoTimeZone,
        [.. state.State.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Place, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)]));

    public Task<AgendaSession?> GetSessionAsync(string sessionId) =>
        Task.FromResult(state.State.Sessions.FirstOrDefault(s => s.Id == sessionId));

    private static AgendaSession From(string id, AgendaSessionDraft d, bool cancelled, bool sample) =>
        new(id, d.Title, d.Description, d.StartsAt, d.EndsAt, d.Place, d.Speakers, d.StreamUrl, cancelled, sample);

    private AgendaSession? Applied(string actorId, string operationId) =>
        state.State.Operations.TryGetValue($"{actorId}/{operationId}", out var sessionId)
            ? state.State.Sessions.First(s => s.Id == sessionId)
            : null;

    private AgendaSession Require(string sessionId) =>
        state.State.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw ExpoException.NotFound($"The agenda has no session '{sessionId}'.");

    private async Task ChangeAsync(string actorId, string operationId, AgendaSession session)
    {
        var before = state.State;
        var key = $"{actorId}/{operationId}";
        var next = new AgendaState
        {
            Version = before.Version + 1,
            Sessions = [.. before.Sessions.Where(s => s.Id != session.Id), session],
            Operations = new Dictionary<string, string>(before.Operations) { [key] = session.Id },
            OperationOrder = [.. before.OperationOrder, key],
            Initialised = true,
        };
        foreach (var old in next.OperationOrder.Take(Math.Max(0, next.OperationOrder.Count - KeptOperations)).ToList())
        {
            next.Operations.Remove(old);
            next.OperationOrder.Remove(old);
        }

        // Written before anyone is told: a failed write leaves the agenda as it was, and the retry applies once.
        state.State = next;
        await state.WriteOrRefuseAsync(this, "The agenda could not be stored just now; send it again.", before);
    }

    private async Task RequirePlaceAsync(string place)
    {
        if (place == AgendaRules.MainStage)
        {
            return;
        }

        var expo = await GrainFactory.GetGrain<IExpoGrain>(this.GetPrimaryKeyString()).GetAsync();
        if (expo?.Pavilions.Any(p => p.Id == place) != true)
        {
            throw ExpoException.Invalid($"The expo has no pavilion '{place}'; a session is in a pavilion or on the main stage.");
        }
    }

    private Task RequireOrganiserAsync(string actorId) => GrainFactory.RequireOrganiserAsync(actorId, "Only organisers edit the agenda.");
}
