using Expo.Grains.Negotiations;
using Expo.Grains.Tests.Infrastructure;
using S = Expo.Grains.Models.NegotiationStatus;

namespace Expo.Grains.Tests.Logic;

/// <summary>Every command in every status, sent by a party entitled to it: the status it leads to, or the refusal.</summary>
public sealed class NegotiationTransitionTests
{
    public enum Command
    {
        Request,
        AcceptRequest,
        DeclineRequest,
        Propose,
        Counter,
        AcceptTerms,
        RejectTerms,
        Withdraw,
        Sign,
    }

    private const string Conflict = ExpoErrors.Conflict;

    public static TheoryData<S, Command, object> Table()
    {
        var data = new TheoryData<S, Command, object>();
        void Row(S from, params object[] outcomes)
        {
            foreach (var (command, outcome) in Enum.GetValues<Command>().Zip(outcomes))
            {
                data.Add(from, command, outcome);
            }
        }

        //              Request   AcceptRequest DeclineRequest   Propose    Counter    AcceptTerms RejectTerms Withdraw      Sign
        Row(S.Requested, Conflict, S.Open, S.Declined, Conflict, Conflict, Conflict, Conflict, S.Withdrawn, Conflict);
        Row(S.Open, Conflict, Conflict, Conflict, S.Offered, Conflict, Conflict, Conflict, S.Withdrawn, Conflict);
        Row(S.Offered, Conflict, Conflict, Conflict, Conflict, S.Offered, S.Agreed, S.Open, S.Withdrawn, Conflict);
        Row(S.Agreed, Conflict, Conflict, Conflict, Conflict, S.Offered, Conflict, Conflict, S.Withdrawn, S.Agreed);
        foreach (var final in new[] { S.Signed, S.Declined, S.Withdrawn, S.Expired })
        {
            Row(final, Conflict, Conflict, Conflict, Conflict, Conflict, Conflict, Conflict, Conflict, Conflict);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void EachCommandByAnEntitledPartyLeadsToItsStatusOrIsRefusedAndChangesNothing(S from, Command command, object outcome)
    {
        var paper = PaperNegotiation.In(from);
        Assert.Equal(from, paper.State.Status);
        var before = Snapshot(paper.State);

        var refusal = Record.Exception(() => Run(paper, command));

        if (outcome is S status)
        {
            Assert.Null(refusal);
            Assert.Equal(status, paper.State.Status);
            Assert.True(paper.State.Revision > before.Revision, "A transition counts as a change.");
        }
        else
        {
            Assert.Equal(outcome, Assert.IsType<ExpoException>(refusal).Code);
            Assert.Equivalent(before, Snapshot(paper.State), strict: true);
        }
    }

    [Fact]
    public void TheLastPartyToSignMakesTheAgreementSigned()
    {
        var paper = PaperNegotiation.In(S.Agreed);
        var hash = paper.State.Document!.ContentHash;

        NegotiationTransitions.Sign(paper.State, paper.B.Signatory, hash, paper.Now);
        Assert.Equal(S.Agreed, paper.State.Status);
        NegotiationTransitions.Sign(paper.State, paper.A.Signatory, hash, paper.Now);

        Assert.Equal(S.Signed, paper.State.Status);
        Assert.Equal([paper.B.Id, paper.A.Id], paper.State.Signatures.Select(x => x.PartyId));
    }

    [Fact]
    public void ARequestOpensOnlyOnceEveryInvitedPartyHasAccepted()
    {
        var paper = new PaperNegotiation();
        var c = TestParty.New("c");
        NegotiationTransitions.Request(paper.State, paper.A.Member, paper.Request() with { Parties = [paper.A.Party, paper.B.Party, c.Party] }, paper.Now);

        NegotiationTransitions.AcceptRequest(paper.State, paper.B.Member, paper.Now);
        Assert.Equal(S.Requested, paper.State.Status);
        NegotiationTransitions.AcceptRequest(paper.State, c.Signatory, paper.Now);

        Assert.Equal(S.Open, paper.State.Status);
    }

    [Fact]
    public void ANegotiationExpiresAtItsDeadlineAndNotBefore()
    {
        var paper = PaperNegotiation.In(S.Offered);
        var deadline = paper.State.Deadline!.Value;

        Assert.False(NegotiationTransitions.ExpireIfDue(paper.State, deadline.AddTicks(-1)));
        Assert.Equal(S.Offered, paper.State.Status);
        Assert.True(NegotiationTransitions.ExpireIfDue(paper.State, deadline));
        Assert.Equal(S.Expired, paper.State.Status);
    }

    internal static void Run(PaperNegotiation paper, Command command, string? actor = null)
    {
        var s = paper.State;
        var latest = s.Versions.Count;
        var now = paper.Now;
        switch (command)
        {
            case Command.Request: NegotiationTransitions.Request(s, actor ?? paper.A.Member, paper.Request(), now); break;
            case Command.AcceptRequest: NegotiationTransitions.AcceptRequest(s, actor ?? paper.B.Member, now); break;
            case Command.DeclineRequest: NegotiationTransitions.DeclineRequest(s, actor ?? paper.B.Member, null, now); break;
            case Command.Propose: NegotiationTransitions.Propose(s, actor ?? paper.A.Member, latest, TestParty.Terms(), now); break;
            case Command.Counter: NegotiationTransitions.Counter(s, actor ?? paper.B.Member, latest, TestParty.Terms("Changed scope."), now); break;
            case Command.AcceptTerms: NegotiationTransitions.AcceptTerms(s, actor ?? paper.B.Member, latest, now); break;
            case Command.RejectTerms: NegotiationTransitions.RejectTerms(s, actor ?? paper.B.Member, latest, "Too dear", now); break;
            case Command.Withdraw: NegotiationTransitions.Withdraw(s, actor ?? paper.A.Member, null, now); break;
            case Command.Sign: NegotiationTransitions.Sign(s, actor ?? paper.A.Signatory, s.Document?.ContentHash ?? new string('0', 64), now); break;
        }
    }

    private static NegotiationView Snapshot(NegotiationState s) => new(
        "n", s.ExpoId, s.Status, [.. s.Parties], s.RequestedBy, s.Subject, s.Field, s.BoothId, s.CatalogueItemId, s.Deadline,
        [.. s.RequestAcceptedBy], [.. s.Versions], [.. s.AcceptedBy], s.Document, [.. s.Signatures], [.. s.VoidedSignatures],
        s.Revision, s.Messages.Count, s.CreatedAt, s.UpdatedAt, s.Reason);
}
