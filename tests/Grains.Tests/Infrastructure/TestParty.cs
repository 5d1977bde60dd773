namespace Expo.Grains.Tests.Infrastructure;

/// <summary>A fresh organisation for a negotiation: one plain member and one signatory, both fresh user ids.</summary>
internal sealed record TestParty(NegotiationParty Party, string Member, string Signatory)
{
    public string Id => Party.PartyId;

    public static TestParty New(string name)
    {
        var key = Guid.NewGuid().ToString("N")[..12];
        var member = $"u-{name}-member-{key}";
        var signatory = $"u-{name}-signer-{key}";
        return new TestParty(
            new NegotiationParty($"org:{name}-{key}", new LocalizedText($"{name} <Co> & Sons", $"{name}公司"), [member, signatory], [signatory]),
            member,
            signatory);
    }

    public static AgreementTerms Terms(string scope = "Joint study tours between the two cities.", decimal? value = 120000m) => new(
        "Study tours 2024",
        "cultural-research",
        scope,
        [new TermsQuantity("study tours", 12, "groups")],
        value,
        value is null ? null : "CNY",
        new DateOnly(2024, 3, 1),
        new DateOnly(2024, 12, 31),
        "Quanzhou",
        [],
        null);
}
