namespace Expo.Grains.Models;

/// <summary>
/// One proposal of what the parties will agree to. <see cref="Value"/> goes with an ISO 4217 <see cref="Currency"/>;
/// <see cref="Obligations"/> holds at most one entry per party.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AgreementTerms")]
public sealed record AgreementTerms(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Field,
    [property: Id(2)] string Scope,
    [property: Id(3)] IReadOnlyList<TermsQuantity> Quantities,
    [property: Id(4)] decimal? Value,
    [property: Id(5)] string? Currency,
    [property: Id(6)] DateOnly? StartDate,
    [property: Id(7)] DateOnly? EndDate,
    [property: Id(8)] string? Place,
    [property: Id(9)] IReadOnlyList<PartyObligation> Obligations,
    [property: Id(10)] string? Notes);
