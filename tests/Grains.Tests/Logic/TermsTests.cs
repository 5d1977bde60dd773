using Expo.Grains.Negotiations;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Logic;

public sealed class TermsTests
{
    private static readonly string[] Parties = ["org:a", "org:b"];

    [Fact]
    public void TheDiffListsEachChangedFieldWithItsBeforeAndAfter()
    {
        var before = TestParty.Terms() with { Obligations = [new PartyObligation("org:a", "Host the tours")] };
        var after = before with
        {
            Value = 150000m,
            Place = null,
            Quantities = [new TermsQuantity("study tours", 15, "groups"), new TermsQuantity("guides", 4, "people")],
            Obligations = [new PartyObligation("org:b", "Send the groups")],
        };

        var changes = TermsDiffer.Diff(before, after);

        Assert.Equal(
            [
                new TermsChange("value", "120000", "150000"),
                new TermsChange("place", "Quanzhou", null),
                new TermsChange("quantities[study tours]", "12 groups", "15 groups"),
                new TermsChange("quantities[guides]", null, "4 people"),
                new TermsChange("obligations[org:a]", "Host the tours", null),
                new TermsChange("obligations[org:b]", null, "Send the groups"),
            ],
            changes);
        Assert.Empty(TermsDiffer.Diff(after, after with { }));
    }

    [Fact]
    public void TheFirstVersionDiffsAsEveryFieldAdded()
    {
        var changes = TermsDiffer.Diff(null, TestParty.Terms());

        Assert.All(changes, c => Assert.Null(c.Before));
        Assert.Contains(new TermsChange("currency", null, "CNY"), changes);
        Assert.Contains(new TermsChange("startDate", null, "2024-03-01"), changes);
        Assert.DoesNotContain(changes, c => c.Field == "notes");
    }

    public static TheoryData<AgreementTerms> BadTerms() => new(
        TestParty.Terms() with { Currency = "RMB" },
        TestParty.Terms() with { Currency = "cny" },
        TestParty.Terms() with { Currency = null },
        TestParty.Terms(value: null) with { Currency = "CNY" },
        TestParty.Terms() with { Value = -1 },
        TestParty.Terms() with { StartDate = new DateOnly(2025, 1, 1) },
        TestParty.Terms() with { Subject = "  " },
        TestParty.Terms() with { Scope = new string('x', NegotiationRules.MaxScopeLength + 1) },
        TestParty.Terms() with { Field = "Not A Slug" },
        TestParty.Terms() with { Notes = "bell \u0007" },
        TestParty.Terms() with { Quantities = [new TermsQuantity("x", 1, "u"), new TermsQuantity("x", 2, "u")] },
        TestParty.Terms() with { Quantities = [new TermsQuantity("x", -1, "u")] },
        TestParty.Terms() with { Obligations = [new PartyObligation("org:stranger", "Pay")] },
        TestParty.Terms() with { Obligations = [new PartyObligation("org:a", "Pay"), new PartyObligation("org:a", "Pay more")] });

    [Theory]
    [MemberData(nameof(BadTerms))]
    public void TermsThatBreakARuleAreRefusedAsInvalidInput(AgreementTerms terms)
    {
        var refusal = Assert.Throws<ExpoException>(() => TermsRules.Validate(terms, Parties));

        Assert.Equal(ExpoErrors.InvalidInput, refusal.Code);
    }

    [Fact]
    public void ValidTermsComeBackTrimmedWithObligationsInPartyOrder()
    {
        var terms = TestParty.Terms() with
        {
            Scope = "  Tours \n",
            Currency = "USD",
            Obligations = [new PartyObligation("org:b", "B's part"), new PartyObligation("org:a", "A's part")],
        };

        var valid = TermsRules.Validate(terms, Parties);

        Assert.Equal("Tours", valid.Scope);
        Assert.Equal(["org:a", "org:b"], valid.Obligations.Select(o => o.PartyId));
    }
}
