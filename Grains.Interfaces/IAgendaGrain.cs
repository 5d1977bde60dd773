using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>The expo's agenda, keyed by expo id: organisers create, edit and cancel sessions; everyone reads.</summary>
[Alias("expo.IAgendaGrain")]
public interface IAgendaGrain : IGrainWithStringKey
{
    /// <summary>Adds a session. Organisers only; a retried <paramref name="operationId"/> returns the first outcome.</summary>
    [Alias("create")]
    Task<AgendaSession> CreateAsync(string actorId, string operationId, AgendaSessionDraft draft);

    /// <summary>Replaces a session's details. Organisers only; a cancelled session cannot be edited.</summary>
    [Alias("update")]
    Task<AgendaSession> UpdateAsync(string actorId, string operationId, string sessionId, AgendaSessionDraft draft);

    /// <summary>Cancels a session; it stays listed as cancelled. Organisers only.</summary>
    [Alias("cancel")]
    Task<AgendaSession> CancelAsync(string actorId, string operationId, string sessionId);

    /// <summary>Seeds the demo agenda once: an agenda that was ever seeded or edited keeps what it has.</summary>
    [Alias("seed")]
    Task SeedAsync(IReadOnlyList<AgendaSession> sessions);

    [AlwaysInterleave, Alias("get")]
    Task<AgendaView> GetAsync();

    /// <summary>One session, or null when the agenda has none with that id.</summary>
    [AlwaysInterleave, Alias("session")]
    Task<AgendaSession?> GetSessionAsync(string sessionId);
}
