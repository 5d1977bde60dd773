namespace Expo.Grains.Models;

/// <summary>A visitor who registered with an email: who they are and the roles the grains grant them.</summary>
[GenerateSerializer, Immutable, Alias("expo.VisitorAccount")]
public sealed record VisitorAccount(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string Language,
    [property: Id(4)] bool Organiser,
    [property: Id(5)] IReadOnlyList<BoothRole> Booths);
