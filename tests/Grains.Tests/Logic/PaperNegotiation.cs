using Expo.Grains.Negotiations;
using Expo.Grains.Negotiations.Documents;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Logic;

/// <summary>
/// A negotiation between parties A (the requester) and B, driven through the state machine without a cluster and
/// brought to any status the way users would: A requests, B accepts, A proposes version 1, B accepts it.
/// </summary>
internal sealed class PaperNegotiation
{
    public static readonly DateTimeOffset Start = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    public TestParty A { get; } = TestParty.New("a");

    public TestParty B { get; } = TestParty.New("b");

    public NegotiationState State { get; } = new();

    public DateTimeOffset Now { get; set; } = Start;

    public static PaperNegotiation In(NegotiationStatus status)
    {
        var paper = new PaperNegotiation();
        var s = paper.State;
        var a = paper.A;
        var b = paper.B;
        NegotiationTransitions.Request(s, a.Member, paper.Request(deadline: Start.AddDays(30)), Start);
        switch (status)
        {
            case NegotiationStatus.Requested:
                return paper;
            case NegotiationStatus.Declined:
                NegotiationTransitions.DeclineRequest(s, b.Member, "No, thanks", Start);
                return paper;
        }

        NegotiationTransitions.AcceptRequest(s, b.Member, Start);
        if (status is NegotiationStatus.Open or NegotiationStatus.Withdrawn or NegotiationStatus.Expired)
        {
            if (status == NegotiationStatus.Withdrawn)
            {
                NegotiationTransitions.Withdraw(s, a.Member, null, Start);
            }
            else if (status == NegotiationStatus.Expired)
            {
                NegotiationTransitions.ExpireIfDue(s, Start.AddDays(31));
            }

            return paper;
        }

        NegotiationTransitions.Propose(s, a.Member, 0, TestParty.Terms(), Start);
        if (status == NegotiationStatus.Offered)
        {
            return paper;
        }

        paper.Agree();
        if (status == NegotiationStatus.Signed)
        {
            NegotiationTransitions.Sign(s, a.Signatory, s.Document!.ContentHash, Start);
            NegotiationTransitions.Sign(s, b.Signatory, s.Document!.ContentHash, Start);
        }

        return paper;
    }

    public NegotiationRequest Request(DateTimeOffset? deadline = null) =>
        new("expo-x", [A.Party, B.Party], "Study tours", "cultural-research", Deadline: deadline);

    /// <summary>B accepts the latest version; the document is made as the grain makes it.</summary>
    public void Agree()
    {
        NegotiationTransitions.AcceptTerms(State, B.Member, State.Versions.Count, Now);
        var document = AgreementDocuments.Build("n-paper", State, Now);
        State.Document = new AgreementDocumentRef(State.Versions.Count, document.ContentHash, document.JsonName, document.HtmlName, Now);
    }
}
