using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Agenda;

/// <summary>
/// What a client with a session open knows of its questions: the board it opened with, then each
/// <c>QuestionChanged</c>, keeping the newest copy of each question, in vote order as a page would list them.
/// </summary>
internal sealed class QnaView : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (long Version, JsonElement Question)> _questions = [];
    private readonly IDisposable _subscription;

    private QnaView(ExpoHubClient client, string sessionId)
    {
        Client = client;
        SessionId = sessionId;
        _subscription = client.Connection.On<JsonElement>("QuestionChanged", change =>
        {
            if (change.GetProperty("sessionId").GetString() == sessionId)
            {
                Apply(change.GetProperty("version").GetInt64(), change.GetProperty("question"));
            }
        });
    }

    public ExpoHubClient Client { get; }

    public string SessionId { get; }

    public static async Task<QnaView> OpenAsync(ExpoHubClient client, string sessionId)
    {
        var view = new QnaView(client, sessionId);
        var room = await client.Connection.InvokeAsync<JsonElement>("OpenSession", sessionId);
        var board = room.GetProperty("qna");
        foreach (var question in board.GetProperty("questions").EnumerateArray())
        {
            view.Apply(board.GetProperty("version").GetInt64(), question);
        }

        return view;
    }

    /// <summary>Visible questions as (text, votes), most votes first, then oldest first.</summary>
    public IReadOnlyList<(string Text, int Votes)> Ordered()
    {
        lock (_gate)
        {
            return [.. _questions.Values.Select(v => v.Question)
                .Where(q => !q.GetProperty("hidden").GetBoolean())
                .OrderByDescending(q => q.GetProperty("votes").GetInt32())
                .ThenBy(q => q.GetProperty("askedAt").GetDateTimeOffset())
                .Select(q => (q.GetProperty("text").GetString()!, q.GetProperty("votes").GetInt32()))];
        }
    }

    public async Task<string> AskAsync(string text) =>
        (await Client.Connection.InvokeAsync<JsonElement>("AskQuestion", SessionId, Guid.NewGuid().ToString(), text)).GetProperty("id").GetString()!;

    public Task<JsonElement> VoteAsync(string questionId, bool vote = true, string? operationId = null) =>
        Client.Connection.InvokeAsync<JsonElement>("VoteQuestion", SessionId, operationId ?? Guid.NewGuid().ToString(), questionId, vote);

    public void Dispose() => _subscription.Dispose();

    private void Apply(long version, JsonElement question)
    {
        var id = question.GetProperty("id").GetString()!;
        lock (_gate)
        {
            if (!_questions.TryGetValue(id, out var known) || known.Version < version)
            {
                _questions[id] = (version, question.Clone());
            }
        }
    }
}
