using Expo.Grains.Models;
using Expo.Grains.Moderation;
using Microsoft.Extensions.Options;

namespace Expo.Grains.Agenda;

/// <summary>
/// One session's questions and votes. Every change is stored before it is acknowledged, then pushed once to each Web
/// node that has the session open; the nodes fan it out to their own connections.
/// </summary>
public sealed partial class SessionQnaGrain(
    [PersistentState("qna", ExpoStorage.Expo)] IPersistentState<SessionQnaState> state,
    IOptions<PresenceOptions> presence,
    ExpoClock clock) : Grain, ISessionQnaGrain
{
    public const int MaxQuestions = 2000;
    public const int MaxQuestionsPerAsker = 20;
    private const int KeptOperations = 2000;

    private NodeSubscribers<IQnaObserver>? _subscribers;

    /// <summary>The expo of this session's Q&amp;A, from its key "{expoId}/{sessionId}"; its sanctions apply here.</summary>
    private string ExpoOfKey => this.GetPrimaryKeyString().Split('/')[0];

    private NodeSubscribers<IQnaObserver> Subscribers => _subscribers ??= new(presence.Value.LeaseDuration);

    public async Task<QnaQuestion> AskAsync(VisitorRef asker, string operationId, string text)
    {
        ExpoRules.RequireOperationId(operationId);
        var valid = AgendaRules.RequireQuestion(text);
        if (asker is null || !ExpoRules.IsSlug(asker.VisitorId))
        {
            throw new ExpoException(ExpoErrors.Unauthorized, "Sign in as a guest first.");
        }

        if (Applied(asker.VisitorId, operationId) is { } done)
        {
            return done;
        }

        await GrainFactory.RequireStandingAtExpoAsync(ExpoOfKey, asker.VisitorId, speaking: true);
        var session = await RequireSessionAsync();
        if (session.Cancelled)
        {
            throw ExpoException.Conflict("The session was cancelled; it takes no more questions.");
        }

        var questions = state.State.Questions;
        if (questions.Count >= MaxQuestions || questions.Count(q => q.AskerId == asker.VisitorId) >= MaxQuestionsPerAsker)
        {
            throw new ExpoException(ExpoErrors.RateLimited, "This session takes no more questions from you.");
        }

        var entry = new QnaEntry
        {
            Id = $"q{state.State.Version + 1}-{Guid.NewGuid():N}"[..16],
            Text = valid,
            AskerId = asker.VisitorId,
            AskerName = asker.DisplayName,
            AskedAt = clock.UtcNow,
        };
        return await ChangeAsync(asker.VisitorId, operationId, entry, s => s.Questions.Add(entry));
    }

    public async Task<QnaQuestion> VoteAsync(string voterId, string operationId, string questionId, bool vote)
    {
        ExpoRules.RequireOperationId(operationId);
        if (Applied(voterId, operationId) is { } done)
        {
            return done;
        }

        var entry = Find(questionId);
        await GrainFactory.RequireStandingAtExpoAsync(ExpoOfKey, voterId, speaking: false);
        if (entry.AskerId == voterId)
        {
            throw ExpoException.Invalid("Vote for other people's questions; your own counts without a vote.");
        }

        if (entry.Voters.Contains(voterId) == vote)
        {
            return View(entry);
        }

        return await ChangeAsync(voterId, operationId, entry, _ =>
        {
            if (vote)
            {
                entry.Voters.Add(voterId);
            }
            else
            {
                entry.Voters.Remove(voterId);
            }
        });
    }

    public async Task<QnaQuestion> ModerateAsync(string actorId, string operationId, string questionId, string action)
    {
        ExpoRules.RequireOperationId(operationId);
        AgendaRules.RequireModeration(action);
        await RequireModeratorAsync(actorId);
        if (Applied(actorId, operationId) is { } done)
        {
            return done;
        }

        var entry = Find(questionId, includeHidden: true);
        return await ChangeAsync(actorId, operationId, entry, _ =>
        {
            switch (action)
            {
                case "answered": entry.Answered = true; break;
                case "unanswered": entry.Answered = false; break;
                case "hidden": entry.Hidden = true; break;
                default: entry.Hidden = false; break;
            }
        });
    }

    public Task<QnaBoard> GetAsync(string? readerId)
    {
        var visible = state.State.Questions.Where(q => !q.Hidden).ToList();
        return Task.FromResult(new QnaBoard(
            SessionId,
            state.State.Version,
            [.. visible.OrderByDescending(q => q.Voters.Count).ThenBy(q => q.AskedAt).Select(View)],
            readerId is null ? [] : [.. visible.Where(q => q.Voters.Contains(readerId)).Select(q => q.Id)]));
    }

    public Task SubscribeAsync(string webNodeId, IQnaObserver observer)
    {
        Subscribers.Subscribe(webNodeId, observer, clock.UtcNow);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(string webNodeId)
    {
        Subscribers.Unsubscribe(webNodeId);
        return Task.CompletedTask;
    }

    private static QnaQuestion View(QnaEntry q) => new(q.Id, q.Text, q.AskerId, q.AskerName, q.AskedAt, q.Voters.Count, q.Answered, q.Hidden);

    private QnaEntry Find(string questionId, bool includeHidden = false) =>
        state.State.Questions.FirstOrDefault(q => q.Id == questionId && (includeHidden || !q.Hidden))
        ?? throw ExpoException.NotFound("There is no such question in this session.");

    private QnaQuestion? Applied(string actorId, string operationId) =>
        state.State.Operations.TryGetValue($"{actorId}/{operationId}", out var questionId)
            ? View(state.State.Questions.First(q => q.Id == questionId))
            : null;
}
