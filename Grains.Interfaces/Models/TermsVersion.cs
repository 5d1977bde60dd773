namespace Expo.Grains.Models;

/// <summary>
/// One numbered version of the terms (from 1), kept for good. <see cref="BasedOn"/> is the version it answered
/// (0 for a proposal made with no version on the table).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.TermsVersion")]
public sealed record TermsVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] int BasedOn,
    [property: Id(2)] string PartyId,
    [property: Id(3)] string ActorId,
    [property: Id(4)] DateTimeOffset ProposedAt,
    [property: Id(5)] AgreementTerms Terms);
