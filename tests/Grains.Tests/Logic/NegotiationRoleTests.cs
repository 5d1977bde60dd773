using Expo.Grains.Negotiations;
using Expo.Grains.Tests.Infrastructure;
using static Expo.Grains.Tests.Logic.NegotiationTransitionTests;
using S = Expo.Grains.Models.NegotiationStatus;

namespace Expo.Grains.Tests.Logic;

/// <summary>Who may do what: outsiders, members who are not signatories, and parties acting out of turn are refused.</summary>
public sealed class NegotiationRoleTests
{
    [Theory]
    [InlineData(S.Requested, Command.AcceptRequest)]
    [InlineData(S.Requested, Command.DeclineRequest)]
    [InlineData(S.Open, Command.Propose)]
    [InlineData(S.Offered, Command.Counter)]
    [InlineData(S.Offered, Command.AcceptTerms)]
    [InlineData(S.Offered, Command.RejectTerms)]
    [InlineData(S.Offered, Command.Withdraw)]
    [InlineData(S.Agreed, Command.Sign)]
    public void SomeoneOutsideThePartiesIsForbiddenEveryCommand(S status, Command command)
    {
        var paper = PaperNegotiation.In(status);
        var revision = paper.State.Revision;

        var refusal = Assert.Throws<ExpoException>(() => Run(paper, command, actor: "u-outsider"));

        Assert.Equal(ExpoErrors.Forbidden, refusal.Code);
        Assert.Equal(revision, paper.State.Revision);
    }

    [Fact]
    public void ARequestForAPartyTheUserDoesNotBelongToIsForbidden()
    {
        var paper = new PaperNegotiation();

        var refusal = Assert.Throws<ExpoException>(() => Run(paper, Command.Request, actor: "u-outsider"));

        Assert.Equal(ExpoErrors.Forbidden, refusal.Code);
        Assert.Equal(S.None, paper.State.Status);
    }

    [Fact]
    public void AMemberWhoIsNotASignatoryMayNotSign()
    {
        var paper = PaperNegotiation.In(S.Agreed);

        var refusal = Assert.Throws<ExpoException>(() => Run(paper, Command.Sign, actor: paper.A.Member));

        Assert.Equal(ExpoErrors.Forbidden, refusal.Code);
        Assert.Empty(paper.State.Signatures);
    }

    [Theory]
    [InlineData(S.Requested, Command.AcceptRequest)]
    [InlineData(S.Requested, Command.DeclineRequest)]
    [InlineData(S.Offered, Command.AcceptTerms)]
    [InlineData(S.Offered, Command.RejectTerms)]
    [InlineData(S.Offered, Command.Counter)]
    public void TheRequestingOrProposingPartyCannotAnswerItself(S status, Command command)
    {
        var paper = PaperNegotiation.In(status);

        var refusal = Assert.Throws<ExpoException>(() => Run(paper, command, actor: paper.A.Signatory));

        Assert.Equal(ExpoErrors.Conflict, refusal.Code);
        Assert.Equal(status, paper.State.Status);
    }

    [Fact]
    public void AnInvitedPartyDeclinesARequestRatherThanWithdrawing()
    {
        var paper = PaperNegotiation.In(S.Requested);

        var refusal = Assert.Throws<ExpoException>(() => Run(paper, Command.Withdraw, actor: paper.B.Member));

        Assert.Equal(ExpoErrors.Conflict, refusal.Code);
    }

    [Fact]
    public void APartySignsOnce()
    {
        var paper = PaperNegotiation.In(S.Agreed);
        Run(paper, Command.Sign, actor: paper.A.Signatory);

        var refusal = Assert.Throws<ExpoException>(() => Run(paper, Command.Sign, actor: paper.A.Signatory));

        Assert.Equal(ExpoErrors.Conflict, refusal.Code);
        Assert.Single(paper.State.Signatures);
    }

    [Fact]
    public void AnsweringAVersionThatIsNoLongerTheLatestAsksToRebase()
    {
        var paper = PaperNegotiation.In(S.Offered);
        NegotiationTransitions.Counter(paper.State, paper.B.Member, 1, TestParty.Terms("B's scope."), paper.Now);

        var accept = Assert.Throws<ExpoException>(() => NegotiationTransitions.AcceptTerms(paper.State, paper.A.Member, 1, paper.Now));
        var counter = Assert.Throws<ExpoException>(() => NegotiationTransitions.Counter(paper.State, paper.A.Member, 1, TestParty.Terms(), paper.Now));

        Assert.Equal(ExpoErrors.RebaseRequired, accept.Code);
        Assert.Equal(ExpoErrors.RebaseRequired, counter.Code);
        Assert.Equal(2, paper.State.Versions.Count);
    }

    [Fact]
    public void SigningADocumentThatHasSinceChangedAsksToRebase()
    {
        var paper = PaperNegotiation.In(S.Agreed);

        var refusal = Assert.Throws<ExpoException>(() =>
            NegotiationTransitions.Sign(paper.State, paper.A.Signatory, new string('a', 64), paper.Now));

        Assert.Equal(ExpoErrors.RebaseRequired, refusal.Code);
        Assert.Empty(paper.State.Signatures);
    }

    [Fact]
    public void CounteringAfterASignatureVoidsItAndReopensTheOffer()
    {
        var paper = PaperNegotiation.In(S.Agreed);
        Run(paper, Command.Sign, actor: paper.A.Signatory);
        var signature = Assert.Single(paper.State.Signatures);

        NegotiationTransitions.Counter(paper.State, paper.A.Member, 1, TestParty.Terms("Changed after signing."), paper.Now);

        Assert.Equal(S.Offered, paper.State.Status);
        Assert.Empty(paper.State.Signatures);
        Assert.Equal([signature], paper.State.VoidedSignatures);
        Assert.Null(paper.State.Document);
        Assert.Equal([paper.A.Id], paper.State.AcceptedBy);
    }
}
