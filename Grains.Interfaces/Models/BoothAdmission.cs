namespace Expo.Grains.Models;

/// <summary>The head of a booth's queue got in: the connections of that visitor on one Web node, and what they see inside.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothAdmission")]
public sealed record BoothAdmission(
    [property: Id(0)] string BoothId,
    [property: Id(1)] IReadOnlyList<string> ConnectionIds,
    [property: Id(2)] BoothSnapshot Snapshot);
