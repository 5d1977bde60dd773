using Expo.Grains.Models;

namespace Expo.Grains.Agenda;

public sealed partial class SessionQnaGrain
{
    private static readonly TimeSpan SessionMaxAge = TimeSpan.FromSeconds(30);

    private AgendaSession? _session;
    private DateTimeOffset _sessionReadAt;

    private string ExpoId => this.GetPrimaryKeyString().Split('/')[0];

    private string SessionId => this.GetPrimaryKeyString().Split('/')[^1];

    /// <summary>
    /// Applies a change to a copy of the question, stores it, and only then tells the Web nodes. A failed write
    /// restores the question and deactivates, so the next call reads what storage really holds.
    /// </summary>
    private async Task<QnaQuestion> ChangeAsync(string actorId, string operationId, QnaEntry entry, Action<SessionQnaState> change)
    {
        var s = state.State;
        var snapshot = (entry.Voters.ToHashSet(), entry.Answered, entry.Hidden, s.Questions.Contains(entry));
        var key = $"{actorId}/{operationId}";
        change(s);
        s.Version++;
        s.Operations[key] = entry.Id;
        s.OperationOrder.Add(key);
        var forgotten = s.OperationOrder.Take(Math.Max(0, s.OperationOrder.Count - KeptOperations)).ToList();
        foreach (var old in forgotten)
        {
            s.Operations.Remove(old);
        }

        s.OperationOrder.RemoveRange(0, forgotten.Count);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            (entry.Voters, entry.Answered, entry.Hidden, var existed) = snapshot;
            if (!existed)
            {
                s.Questions.Remove(entry);
            }

            s.Operations.Remove(key);
            DeactivateOnIdle();
            throw new ExpoException(ExpoErrors.Unavailable, "The question could not be stored just now; send it again.");
        }

        var question = View(entry);
        Subscribers.Notify(o => o.OnQuestionChangedAsync(new QuestionChanged(SessionId, s.Version, question)), clock.UtcNow);
        return question;
    }

    /// <summary>The session, read from the agenda now and then: a busy Q&amp;A does not ask the agenda on every question.</summary>
    private async Task<AgendaSession> RequireSessionAsync(bool fresh = false)
    {
        if (_session is null || fresh || clock.UtcNow - _sessionReadAt > SessionMaxAge)
        {
            _session = await GrainFactory.GetGrain<IAgendaGrain>(ExpoId).GetSessionAsync(SessionId)
                ?? throw ExpoException.NotFound($"The agenda has no session '{SessionId}'.");
            _sessionReadAt = clock.UtcNow;
        }

        return _session;
    }

    /// <summary>The grain's own check: organisers, or a speaker of this session by their account.</summary>
    private async Task RequireModeratorAsync(string actorId)
    {
        var session = await RequireSessionAsync(fresh: true);
        if (session.Speakers.Any(s => s.AccountId is not null && s.AccountId == actorId) || await GrainFactory.IsOrganiserAsync(actorId))
        {
            return;
        }

        throw ExpoException.Forbidden("Only the session's speakers and organisers moderate its questions.");
    }
}
