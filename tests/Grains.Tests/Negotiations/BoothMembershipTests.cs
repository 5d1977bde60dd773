using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>A booth acts in its negotiations through its staff as they are at the moment of the action, not as they were at the request.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BoothMembershipTests(ClusterFixture fixture)
{
    private static string Op() => TestKeys.New("op");

    [Fact]
    public async Task ARemovedStaffMemberLosesEveryRightInTheBoothsNegotiationsAtOnce()
    {
        var (staffing, owner, _, member, visitor, negotiation) = await RequestedAsync();
        Assert.Equal(NegotiationStatus.Requested, (await negotiation.GetAsync(member.VisitorId)).Status);

        await staffing.Staff.RemoveStaffAsync(owner.VisitorId, Op(), member.VisitorId);

        await RefusedAsync(() => negotiation.GetAsync(member.VisitorId));
        await RefusedAsync(() => negotiation.MessagesSinceAsync(member.VisitorId, 0));
        await RefusedAsync(() => negotiation.PostMessageAsync(member.VisitorId, Op(), "Still here?"));
        await RefusedAsync(() => negotiation.AcceptRequestAsync(member.VisitorId, Op()));
        await RefusedAsync(() => negotiation.DeclineRequestAsync(member.VisitorId, Op(), null));
        await RefusedAsync(() => negotiation.WithdrawAsync(member.VisitorId, Op(), null));
        var view = await negotiation.GetAsync(visitor.VisitorId);
        Assert.Equal((NegotiationStatus.Requested, 0L), (view.Status, view.LastMessageSequence));

        await negotiation.AcceptRequestAsync(owner.VisitorId, Op());
        Assert.Equal(NegotiationStatus.Open, (await negotiation.GetAsync(owner.VisitorId)).Status);
    }

    [Fact]
    public async Task StaffWhoJoinedAfterTheRequestActForTheBooth()
    {
        var (staffing, owner, _, _, _, negotiation) = await RequestedAsync();
        var newcomer = await staffing.MemberAsync(owner);

        await negotiation.AcceptRequestAsync(newcomer.VisitorId, Op());

        Assert.Equal(NegotiationStatus.Open, (await negotiation.GetAsync(newcomer.VisitorId)).Status);
    }

    [Fact]
    public async Task ASignatureFromAnOwnerRemovedBeforeTheLastSignatureDoesNotCount()
    {
        var (staffing, first, second, _, visitor, negotiation) = await RequestedAsync();
        await negotiation.AcceptRequestAsync(first.VisitorId, Op());
        await negotiation.ProposeAsync(visitor.VisitorId, Op(), 0, Terms());
        var hash = (await negotiation.AcceptTermsAsync(first.VisitorId, Op(), 1)).DocumentHash!;
        await negotiation.SignAsync(first.VisitorId, Op(), hash);

        await staffing.Staff.RemoveStaffAsync(staffing.Organiser.VisitorId, Op(), first.VisitorId);
        var receipt = await negotiation.SignAsync(visitor.VisitorId, Op(), hash);

        Assert.Equal(NegotiationStatus.Agreed, receipt.Status);
        var view = await negotiation.GetAsync(visitor.VisitorId);
        Assert.Equal([visitor.VisitorId], view.Signatures.Select(s => s.SignatoryId));
        Assert.Contains(view.VoidedSignatures, s => s.SignatoryId == first.VisitorId);
        await RefusedAsync(() => negotiation.SignAsync(first.VisitorId, Op(), hash));

        Assert.Equal(NegotiationStatus.Signed, (await negotiation.SignAsync(second.VisitorId, Op(), hash)).Status);
    }

    /// <summary>A visitor asks a booth with two owners and a member to negotiate; the request copies those three.</summary>
    private async Task<(Staffing Staffing, VisitorAccount Owner, VisitorAccount SecondOwner, VisitorAccount Member, VisitorAccount Visitor, INegotiationGrain Negotiation)> RequestedAsync()
    {
        var staffing = await Staffing.CreateAsync(fixture);
        var owner = await staffing.OwnerAsync();
        var secondOwner = await staffing.OwnerAsync();
        var member = await staffing.MemberAsync(owner);
        var visitor = await staffing.RegisterAsync("Buyer");
        var name = new LocalizedText("Buyer", "买家");
        var parties = new[]
        {
            new NegotiationParty($"org:{visitor.VisitorId}", name, [visitor.VisitorId], [visitor.VisitorId]),
            await staffing.Staff.GetNegotiationPartyAsync(),
        };
        var negotiation = fixture.Client.GetGrain<INegotiationGrain>(TestKeys.New("n"));
        await negotiation.RequestAsync(visitor.VisitorId, Op(), new NegotiationRequest(staffing.ExpoId, parties, "Tea tours", "tourism"));
        return (staffing, owner, secondOwner, member, visitor, negotiation);
    }

    private static AgreementTerms Terms() => TestParty.Terms() with { Field = "tourism" };

    private static async Task RefusedAsync(Func<Task> action) =>
        Assert.Equal(ExpoErrors.Forbidden, (await Assert.ThrowsAsync<ExpoException>(action)).Code);
}
