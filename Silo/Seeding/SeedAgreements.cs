using Expo.Grains.Models;

namespace Expo.Silo.Seeding;

/// <summary>
/// The catalogue's agreements as the signing wall shows them: each party named as its booth (an organisation) or its
/// pavilion (a city) is named in the catalogue. The source gives no signing dates, so none are made up.
/// </summary>
public static class SeedAgreements
{
    public static IReadOnlyList<SignedAgreement> From(ExpoDefinition definition)
    {
        var names = definition.Pavilions.Select(p => (p.Id, p.Name))
            .Concat(definition.Pavilions.SelectMany(p => p.Booths).Select(b => (b.Id, b.Name)))
            .ToDictionary(x => x.Id, x => x.Name);
        return [.. definition.Agreements.Select(a => new SignedAgreement(
            a.Id,
            definition.Id,
            a.Subject,
            a.Field,
            [.. a.Parties.Select(p => new AgreementParty(p, names[p]))],
            SignedAt: null,
            DocumentHash: null,
            a.Occasion))];
    }
}
