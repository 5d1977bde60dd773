namespace Expo.Grains.Models;

/// <summary>
/// A booth's cap and how full it is: <see cref="Occupancy"/> counts the visitors inside who are not on its staff
/// (staff never count toward the cap), <see cref="QueueLength"/> the visitors waiting to get in.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothCapacity")]
public sealed record BoothCapacity(
    [property: Id(0)] string BoothId,
    [property: Id(1)] int? Capacity,
    [property: Id(2)] int Occupancy,
    [property: Id(3)] int QueueLength);
