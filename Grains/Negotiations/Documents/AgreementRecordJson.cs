using Expo.Grains.Models;

namespace Expo.Grains.Negotiations.Documents;

/// <summary>The JSON record of an agreement: who agreed what, in which version, when. Its bytes are what is hashed.</summary>
internal sealed record AgreementRecordJson(
    string NegotiationId,
    string ExpoId,
    int Version,
    DateTimeOffset AgreedAt,
    IReadOnlyList<AgreementRecordParty> Parties,
    AgreementTerms Terms);

internal sealed record AgreementRecordParty(string PartyId, LocalizedText Name, IReadOnlyList<string> Signatories);
