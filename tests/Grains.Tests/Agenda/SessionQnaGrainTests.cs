using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Agenda;

/// <summary>
/// A session's Q&amp;A: anyone with a session asks; each visitor votes once per question; questions are ordered by
/// votes; only the session's speakers and organisers moderate; every stored change reaches each subscribed node.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionQnaGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EachVisitorVotesOnceAndQuestionsAreOrderedByVotesThenByAge()
    {
        var (_, qna, _) = await SessionAsync();
        var (ada, bo, cy) = (TestKeys.Visitor("Ada"), TestKeys.Visitor("Bo"), TestKeys.Visitor("Cy"));
        var first = await qna.AskAsync(ada, "ask-1", "How do the seven cities share tourists?");
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await qna.AskAsync(bo, "ask-1", "Which sports events are planned?");
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var third = await qna.AskAsync(cy, "ask-1", "Will the symposium be recorded?");

        await qna.VoteAsync(cy.VisitorId, "v-1", second.Id, true);
        await qna.VoteAsync(cy.VisitorId, "v-2", second.Id, true);
        var twice = await qna.VoteAsync(ada.VisitorId, "v-1", second.Id, true);
        await qna.VoteAsync(bo.VisitorId, "v-1", third.Id, true);
        await qna.VoteAsync(bo.VisitorId, "v-2", third.Id, false);
        await fixture.Cluster.DeactivateAsync(qna);

        var board = await qna.GetAsync(cy.VisitorId);
        Assert.Equal(2, twice.Votes);
        Assert.Equal([(second.Id, 2), (first.Id, 0), (third.Id, 0)], board.Questions.Select(q => (q.Id, q.Votes)));
        Assert.Equal([second.Id], board.MyVotes);
    }

    [Fact]
    public async Task ARetriedQuestionIsAskedOnceAndAVisitorCannotVoteForTheirOwn()
    {
        var (_, qna, _) = await SessionAsync();
        var ada = TestKeys.Visitor("Ada");

        var asked = await qna.AskAsync(ada, "ask-1", "When does the alliance meet next?");
        var retried = await qna.AskAsync(ada, "ask-1", "When does the alliance meet next?");
        var own = await Assert.ThrowsAsync<ExpoException>(() => qna.VoteAsync(ada.VisitorId, "v-1", asked.Id, true));

        Assert.Equal(asked.Id, retried.Id);
        Assert.Single((await qna.GetAsync(null)).Questions);
        Assert.Equal(ExpoErrors.InvalidInput, own.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public async Task ABadQuestionIsRefusedAndChangesNothing(string text)
    {
        var (_, qna, _) = await SessionAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => qna.AskAsync(TestKeys.Visitor(), "ask-1", text));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Equal(0, (await qna.GetAsync(null)).Version);
    }

    [Fact]
    public async Task AQuestionTooLongIsRefused()
    {
        var (_, qna, _) = await SessionAsync();

        var refused = await Assert.ThrowsAsync<ExpoException>(() => qna.AskAsync(TestKeys.Visitor(), "ask-1", new string('a', AgendaRules.MaxQuestion + 1)));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
    }

    [Fact]
    public async Task TheSessionsSpeakerAndOrganisersModerateButAVisitorCannot()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var speaker = await expo.RegisterAsync("Speaker");
        var visitor = await expo.RegisterAsync("Visitor");
        var (_, qna, _) = await SessionAsync(expo, Sessions.Speaker("Wang Kesi", speaker.VisitorId));
        var question = await qna.AskAsync(TestKeys.Visitor(), "ask-1", "Is there a charter yet?");
        var other = await qna.AskAsync(TestKeys.Visitor(), "ask-1", "Spam spam spam");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => qna.ModerateAsync(visitor.VisitorId, "m-1", question.Id, "answered"));
        var answered = await qna.ModerateAsync(speaker.VisitorId, "m-1", question.Id, "answered");
        await qna.ModerateAsync(expo.Organiser.VisitorId, "m-1", other.Id, "hidden");

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.True(answered.Answered);
        var board = await qna.GetAsync(null);
        Assert.Equal([(question.Id, true)], board.Questions.Select(q => (q.Id, q.Answered)));
        await Assert.ThrowsAsync<ExpoException>(() => qna.VoteAsync(TestKeys.Visitor().VisitorId, "v-1", other.Id, true));
    }

    [Fact]
    public async Task EveryStoredChangeReachesASubscribedNodeWithAGrowingVersion()
    {
        var (_, qna, _) = await SessionAsync();
        var node = new QnaListener(fixture.Client);
        await qna.SubscribeAsync(node.NodeId, node.Reference);
        var ada = TestKeys.Visitor("Ada");

        var asked = await qna.AskAsync(ada, "ask-1", "Where can I watch the stream?");
        await qna.VoteAsync(TestKeys.Visitor().VisitorId, "v-1", asked.Id, true);

        // One-way messages may overtake each other: the version orders them.
        QuestionChanged[] changes = [await node.NextAsync(), await node.NextAsync()];
        var (first, second) = changes[0].Version < changes[1].Version ? (changes[0], changes[1]) : (changes[1], changes[0]);
        Assert.Equal((asked.Id, 0, 1L), (first.Question.Id, first.Question.Votes, first.Version));
        Assert.Equal((asked.Id, 1, 2L), (second.Question.Id, second.Question.Votes, second.Version));
        Assert.Equal("Ada", first.Question.AskerName);
        GC.KeepAlive(node);
    }

    [Fact]
    public async Task ACancelledOrUnknownSessionTakesNoQuestions()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var (agenda, qna, session) = await SessionAsync(expo);
        await agenda.CancelAsync(expo.Organiser.VisitorId, "cancel-1", session.Id);
        var unknown = fixture.Client.GetGrain<ISessionQnaGrain>(AgendaRules.QnaKey(expo.ExpoId, "no-such-session"));

        var cancelled = await Assert.ThrowsAsync<ExpoException>(() => qna.AskAsync(TestKeys.Visitor(), "ask-1", "Still on?"));
        var missing = await Assert.ThrowsAsync<ExpoException>(() => unknown.AskAsync(TestKeys.Visitor(), "ask-1", "Anyone here?"));

        Assert.Equal(ExpoErrors.Conflict, cancelled.Code);
        Assert.Equal(ExpoErrors.NotFound, missing.Code);
        Assert.Empty((await qna.GetAsync(null)).Questions);
    }

    [Fact]
    public async Task AFailedWriteIsNotAcknowledgedAndTheRetryAsksOnce()
    {
        var (_, qna, _) = await SessionAsync();
        var ada = TestKeys.Visitor("Ada");
        var key = qna.GetPrimaryKeyString();

        StorageFaults.FailNextWrites(key, 1, afterWrite: false);
        var failed = await Assert.ThrowsAsync<ExpoException>(() => qna.AskAsync(ada, "ask-1", "Is this stored?"));
        var retried = await qna.AskAsync(ada, "ask-1", "Is this stored?");

        Assert.Equal(ExpoErrors.Unavailable, failed.Code);
        Assert.Equal([retried.Id], (await qna.GetAsync(null)).Questions.Select(q => q.Id));
    }

    private async Task<(IAgendaGrain Agenda, ISessionQnaGrain Qna, AgendaSession Session)> SessionAsync(Staffing? expo = null, params AgendaSpeaker[] speakers)
    {
        expo ??= await Staffing.CreateAsync(fixture);
        var agenda = fixture.Client.GetGrain<IAgendaGrain>(expo.ExpoId);
        var session = await agenda.CreateAsync(
            expo.Organiser.VisitorId, TestKeys.New("op"), Sessions.Draft(fixture.Time.GetUtcNow().AddHours(1), speakers: speakers));
        return (agenda, fixture.Client.GetGrain<ISessionQnaGrain>(AgendaRules.QnaKey(expo.ExpoId, session.Id)), session);
    }
}
