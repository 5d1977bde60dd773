namespace Expo.Grains.Models;

/// <summary>
/// A booth's live visitor count as of a moment, with its activity counters, how many of those present are its own
/// staff and how many wait in its queue; reports travel one-way, so the moment orders them.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothCount")]
public sealed record BoothCount(
    [property: Id(0)] string BoothId,
    [property: Id(1)] int Count,
    [property: Id(2)] DateTimeOffset AsOf,
    [property: Id(3)] BoothActivity? Activity = null,
    [property: Id(4)] int StaffOnline = 0,
    [property: Id(5)] int Queued = 0);

/// <summary>
/// Joins, leaves and chat lines a booth activation has seen since it started (<see cref="Epoch"/> names the
/// activation): counters only grow within an epoch, so the expo turns them into rates however reports are batched.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothActivity")]
public sealed record BoothActivity(
    [property: Id(0)] string Epoch,
    [property: Id(1)] long Joins,
    [property: Id(2)] long Leaves,
    [property: Id(3)] long ChatLines);
