namespace Expo.Grains.Models;

/// <summary>What a visitor gets on walking into a booth: the booth, who is there and the recent chat.</summary>
/// <remarks>
/// A booth with a cap adds how full it is (<see cref="Occupancy"/> of <see cref="Capacity"/>, and the
/// <see cref="QueueLength"/>). When it is full the visitor is not let in but queued: <see cref="QueuePosition"/> is their
/// place (from 1), and the snapshot carries no visitors and no chat.
/// <see cref="Muted"/> tells a visitor who may not chat here on entering, not only when they send
/// (<see cref="MutedUntil"/> null: until lifted), with the moderator's <see cref="MuteReason"/>.
/// </remarks>
[GenerateSerializer, Immutable, Alias("expo.BoothSnapshot")]
public sealed record BoothSnapshot(
    [property: Id(0)] BoothProfile Booth,
    [property: Id(1)] int Count,
    [property: Id(2)] IReadOnlyList<VisitorRef> Visitors,
    [property: Id(3)] IReadOnlyList<ChatMessage> Messages,
    [property: Id(4)] long LastSequence,
    [property: Id(5)] long PresenceVersion = 0,
    [property: Id(6)] int? Capacity = null,
    [property: Id(7)] int? Occupancy = null,
    [property: Id(8)] int QueueLength = 0,
    [property: Id(9)] int? QueuePosition = null,
    [property: Id(10)] int? EstimatedWaitSeconds = null,
    [property: Id(11)] bool Muted = false,
    [property: Id(12)] DateTimeOffset? MutedUntil = null,
    [property: Id(13)] string? MuteReason = null);
