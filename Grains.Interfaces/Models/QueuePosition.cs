namespace Expo.Grains.Models;

/// <summary>
/// A queued visitor's place in a full booth's line, counting from 1. <see cref="EstimatedWaitSeconds"/> is a rough
/// guess from how long recent visits lasted, or null while the booth has no visits to go by.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.QueuePosition")]
public sealed record QueuePosition(
    [property: Id(0)] string BoothId,
    [property: Id(1)] int Position,
    [property: Id(2)] int QueueLength,
    [property: Id(3)] int? EstimatedWaitSeconds);
