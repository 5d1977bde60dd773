using Expo.Grains.Tests.Agenda;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>
/// Mutes and bans on every path, not only entering and chatting: a ban refuses reading and writing in its scope, a mute
/// the paths where the person speaks to others (see docs/security.md for the table).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SanctionPathTests(ClusterFixture fixture)
{
    private static readonly LeadShare Contact = new(LeadRules.Contact, true, "en", "Please send prices.", null, null);

    [Fact]
    public async Task ABoothBanRefusesHistoryContactRequestsReportsAndNegotiationMessagesThereOnly()
    {
        var world = await Staffing.CreateAsync(fixture);
        var (ada, bob) = (await AccountAsync(world, "Ada"), await GuestAsync("Bob"));
        var partner = TestParty.New("b");
        var negotiation = await OpenNegotiationAsync(world, ada, partner, world.BoothId);
        var line = await world.Booth.SendChatAsync(bob, "m-1", "hello");

        await Moderation(world).SanctionAsync(world.Organiser.VisitorId, "op-ban",
            new SanctionRequest(ModerationRules.Ban, ada.VisitorId, null, world.BoothId, null, "Scam links"));

        await AssertRefusedAsync(ExpoErrors.Banned,
            () => world.Booth.ChatSinceAsync(0, ada.VisitorId),
            () => Leads(world.BoothId).ShareAsync(ada, "op-1", Contact),
            () => Moderation(world).ReportAsync(ada, "op-2", new ReportRequest(world.BoothId, line.Sequence, null, "spam", null)),
            () => negotiation.PostMessageAsync(ada.VisitorId, "op-3", "Still there?"),
            () => Negotiation().RequestAsync(ada.VisitorId, "op-4", Request(world, ada, partner, world.BoothId)));
        Assert.Empty(await world.OtherBooth.ChatSinceAsync(0, ada.VisitorId));
        await Leads(world.OtherBoothId).ShareAsync(ada, "op-1", Contact);
        await Moderation(world).ReportAsync(ada, "op-2", new ReportRequest(world.OtherBoothId, null, bob.VisitorId, "spam", null));
        await Negotiation().RequestAsync(ada.VisitorId, "op-4", Request(world, ada, partner, world.OtherBoothId));
    }

    [Fact]
    public async Task AnExpoBanRefusesEveryPathInEveryBoothAndTheAgenda()
    {
        var world = await Staffing.CreateAsync(fixture);
        var (ada, bob) = (await AccountAsync(world, "Ada"), await GuestAsync("Bob"));
        var partner = TestParty.New("b");
        var negotiation = await OpenNegotiationAsync(world, ada, partner, boothId: null);
        var qna = await QnaAsync(world);
        var question = await qna.AskAsync(bob, "ask-1", "Who signs first?");

        await Moderation(world).SanctionAsync(world.Organiser.VisitorId, "op-ban",
            new SanctionRequest(ModerationRules.Ban, ada.VisitorId, null, null, TimeSpan.FromHours(1), "Scam links"));

        await AssertRefusedAsync(ExpoErrors.Banned,
            () => world.Booth.ChatSinceAsync(0, ada.VisitorId),
            () => world.OtherBooth.ChatSinceAsync(0, ada.VisitorId),
            () => Leads(world.OtherBoothId).ShareAsync(ada, "op-1", Contact),
            () => Moderation(world).ReportAsync(ada, "op-2", new ReportRequest(world.OtherBoothId, null, bob.VisitorId, "spam", null)),
            () => negotiation.PostMessageAsync(ada.VisitorId, "op-3", "Still there?"),
            () => qna.AskAsync(ada, "ask-1", "Can I still ask?"),
            () => qna.VoteAsync(ada.VisitorId, "vote-1", question.Id, true));
    }

    [Fact]
    public async Task AnExpoMuteStopsSpeakingButNotReadingVotingOrReporting()
    {
        var world = await Staffing.CreateAsync(fixture);
        var (ada, bob) = (await AccountAsync(world, "Ada"), await GuestAsync("Bob"));
        var partner = TestParty.New("b");
        var negotiation = await OpenNegotiationAsync(world, ada, partner, world.BoothId);
        var qna = await QnaAsync(world);
        var question = await qna.AskAsync(bob, "ask-1", "Who signs first?");
        await world.Booth.SendChatAsync(bob, "m-1", "hello");

        await Moderation(world).SanctionAsync(world.Organiser.VisitorId, "op-mute",
            new SanctionRequest(ModerationRules.Mute, ada.VisitorId, null, null, null, "Flooding"));

        await AssertRefusedAsync(ExpoErrors.Muted,
            () => qna.AskAsync(ada, "ask-1", "Can I still ask?"),
            () => Leads(world.BoothId).ShareAsync(ada, "op-1", Contact),
            () => negotiation.PostMessageAsync(ada.VisitorId, "op-3", "Still there?"));
        Assert.Single(await world.Booth.ChatSinceAsync(0, ada.VisitorId));
        Assert.Equal(1, (await qna.VoteAsync(ada.VisitorId, "vote-1", question.Id, true)).Votes);
        await Moderation(world).ReportAsync(ada, "op-2", new ReportRequest(world.BoothId, null, bob.VisitorId, "harassment", null));
    }

    [Fact]
    public async Task ASanctionWhosePushToAnActiveBoothFailedReachesItLater()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        Assert.Equal(1, (await world.Booth.SendChatAsync(ada, "m-1", "hello")).Sequence);
        CallFaults.FailNext(world.BoothId, nameof(IBoothGrain.ApplySanctionsAsync), 1);

        await Moderation(world).SanctionAsync(world.Organiser.VisitorId, "op-mute",
            new SanctionRequest(ModerationRules.Mute, ada.VisitorId, null, world.BoothId, null, "Flooding"));

        Assert.Equal(1, CallFaults.FailedCount(world.BoothId, nameof(IBoothGrain.ApplySanctionsAsync)));
        var refused = await Eventually.WaitAsync("the retried push reaches the booth", async () =>
        {
            try
            {
                await world.Booth.SendChatAsync(ada, TestKeys.New("m"), "still here");
                return null;
            }
            catch (ExpoException exception)
            {
                return exception;
            }
        }, e => e is not null);
        Assert.Equal(ExpoErrors.Muted, refused!.Code);
    }

    private static async Task AssertRefusedAsync(string code, params Func<Task>[] calls)
    {
        foreach (var call in calls)
        {
            Assert.Equal(code, (await Assert.ThrowsAsync<ExpoException>(call)).Code);
        }
    }

    private async Task<VisitorRef> AccountAsync(Staffing world, string name)
    {
        var account = await world.RegisterAsync(name);
        return new VisitorRef(account.VisitorId, name);
    }

    private async Task<VisitorRef> GuestAsync(string name)
    {
        var guest = TestKeys.Visitor(name);
        await fixture.Client.GetGrain<IVisitorGrain>(guest.VisitorId).RegisterGuestAsync(name, "en");
        return guest;
    }

    private async Task<INegotiationGrain> OpenNegotiationAsync(Staffing world, VisitorRef ada, TestParty partner, string? boothId)
    {
        var negotiation = Negotiation();
        await negotiation.RequestAsync(ada.VisitorId, TestKeys.New("op"), Request(world, ada, partner, boothId));
        await negotiation.AcceptRequestAsync(partner.Member, TestKeys.New("op"));
        await negotiation.PostMessageAsync(ada.VisitorId, TestKeys.New("op"), "Hello");
        return negotiation;
    }

    private static NegotiationRequest Request(Staffing world, VisitorRef ada, TestParty partner, string? boothId) => new(
        world.ExpoId,
        [new NegotiationParty($"org:{ada.VisitorId}", new LocalizedText("Ada Co", "阿达公司"), [ada.VisitorId], [ada.VisitorId]), partner.Party],
        "Tea exports",
        "tourism",
        boothId);

    private async Task<ISessionQnaGrain> QnaAsync(Staffing world)
    {
        var session = await fixture.Client.GetGrain<IAgendaGrain>(world.ExpoId).CreateAsync(
            world.Organiser.VisitorId, TestKeys.New("op"), Agenda.Sessions.Draft(fixture.Time.GetUtcNow().AddHours(1)));
        return fixture.Client.GetGrain<ISessionQnaGrain>(AgendaRules.QnaKey(world.ExpoId, session.Id));
    }

    private INegotiationGrain Negotiation() => fixture.Client.GetGrain<INegotiationGrain>(TestKeys.New("n"));

    private IBoothLeadsGrain Leads(string boothId) => fixture.Client.GetGrain<IBoothLeadsGrain>(boothId);

    private IModerationGrain Moderation(Staffing world) => fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
}
