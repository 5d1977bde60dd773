namespace Expo.Grains.Models;

/// <summary>The places of one Web node's queued connections after the booth's queue moved, by connection id.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothQueueUpdate")]
public sealed record BoothQueueUpdate(
    [property: Id(0)] string BoothId,
    [property: Id(1)] IReadOnlyDictionary<string, QueuePosition> Positions);
