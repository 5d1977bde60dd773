using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Agenda;
using Expo.Web.Auth;
using Expo.Web.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>
/// The agenda's live Q&amp;A on the hub: a connection that opens a session hears its questions change; guests and
/// signed-in visitors ask and vote; speakers and organisers moderate. The Q&amp;A grain checks every rule again.
/// </summary>
public sealed partial class ExpoHub
{
    public static string SessionGroup(string sessionId) => $"session:{sessionId}";

    /// <summary>Every connection of one visitor, guests included: the reminders of their plan go here.</summary>
    public static string PlanGroup(string visitorId) => $"plan:{visitorId}";

    private AgendaFeeds AgendaFeeds => Context.GetHttpContext()!.RequestServices.GetRequiredService<AgendaFeeds>();

    /// <summary>Opens a session's page: the session and its questions, then <c>QuestionChanged</c> events.</summary>
    public async Task<SessionRoom> OpenSession(string sessionId)
    {
        AgendaRules.RequireSessionId(sessionId);
        var reader = Context.User.ToVisitor();
        var feeds = AgendaFeeds;

        // Kept for the disconnect, when the connection's request may be gone.
        Context.Items[typeof(AgendaFeeds)] = feeds;
        var session = await RequireSessionAsync(feeds, sessionId);
        await feeds.Sessions.AttachAsync(sessionId, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, SessionGroup(sessionId));
        var board = await feeds.Qna(sessionId).GetAsync(reader.VisitorId);
        return new SessionRoom(session, board);
    }

    public async Task CloseSession(string sessionId)
    {
        AgendaRules.RequireSessionId(sessionId);
        AgendaFeeds.Sessions.Detach(sessionId, Context.ConnectionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, SessionGroup(sessionId));
    }

    public async Task<QnaQuestion> AskQuestion(string sessionId, string operationId, string text)
    {
        AgendaRules.RequireSessionId(sessionId);
        ExpoRules.RequireOperationId(operationId);
        var valid = AgendaRules.RequireQuestion(text);
        var asker = Context.User.ToVisitor();
        Context.GetHttpContext()!.RequestServices.GetRequiredService<QuestionRateLimits>().Acquire(Context);
        return await AgendaFeeds.Qna(sessionId).AskAsync(asker, operationId, valid);
    }

    /// <summary>Sets the caller's vote on a question (true: voted, false: not); sending the same vote again changes nothing.</summary>
    public async Task<QnaQuestion> VoteQuestion(string sessionId, string operationId, string questionId, bool vote)
    {
        AgendaRules.RequireSessionId(sessionId);
        ExpoRules.RequireOperationId(operationId);
        RequireQuestionId(questionId);
        var voter = Context.User.ToVisitor();
        return await AgendaFeeds.Qna(sessionId).VoteAsync(voter.VisitorId, operationId, questionId, vote);
    }

    /// <summary>Marks a question answered or unanswered, or hides or shows it: the session's speakers and organisers only.</summary>
    public async Task<QnaQuestion> ModerateQuestion(string sessionId, string operationId, string questionId, string action)
    {
        AgendaRules.RequireSessionId(sessionId);
        ExpoRules.RequireOperationId(operationId);
        RequireQuestionId(questionId);
        AgendaRules.RequireModeration(action);
        var actorId = Context.User!.RequireAccount();
        var feeds = AgendaFeeds;
        var session = await RequireSessionAsync(feeds, sessionId);
        if (!Context.User!.IsOrganiser() && !session.Speakers.Any(s => s.AccountId == actorId))
        {
            throw ExpoException.Forbidden("Only the session's speakers and organisers moderate its questions.");
        }

        return await feeds.Qna(sessionId).ModerateAsync(actorId, operationId, questionId, action);
    }

    private static async Task<AgendaSession> RequireSessionAsync(AgendaFeeds feeds, string sessionId) =>
        await feeds.Agenda.GetSessionAsync(sessionId)
        ?? throw ExpoException.NotFound($"The agenda has no session '{sessionId}'.");

    private static void RequireQuestionId(string? questionId)
    {
        if (string.IsNullOrEmpty(questionId) || questionId.Length > 64 || questionId.Any(char.IsControl))
        {
            throw ExpoException.Invalid("A question id is 1 to 64 printable characters.");
        }
    }

    /// <summary>
    /// Every connection listens for its visitor's plan reminders: the node's one subscription to the expo's reminder
    /// relay sends each reminder to that visitor's connections here.
    /// </summary>
    private async Task AttachPlanRemindersAsync()
    {
        var services = Context.GetHttpContext()!.RequestServices;
        Context.Items[typeof(AgendaFeeds)] = services.GetRequiredService<AgendaFeeds>();

        // By default the reminders find the connection through the node's connection registry (ReminderBroadcaster).
        if (!services.GetRequiredService<IOptions<HubConnectionOptions>>().Value.RemindersWithoutGroups)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, PlanGroup(Context.User.ToVisitor().VisitorId));
        }
    }

    private void LeaveAgendaFeeds()
    {
        // Kept from the connection's start: a closed connection's request may be gone by now.
        if (Context.Items.TryGetValue(typeof(AgendaFeeds), out var kept) && kept is AgendaFeeds feeds)
        {
            feeds.Sessions.DetachAll(Context.ConnectionId);
        }
    }
}
