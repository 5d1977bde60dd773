namespace Expo.Grains.Models;

/// <summary>What a visitor gets on walking into a booth: the booth, who is there and the recent chat.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothSnapshot")]
public sealed record BoothSnapshot(
    [property: Id(0)] BoothProfile Booth,
    [property: Id(1)] int Count,
    [property: Id(2)] IReadOnlyList<VisitorRef> Visitors,
    [property: Id(3)] IReadOnlyList<ChatMessage> Messages,
    [property: Id(4)] long LastSequence,
    [property: Id(5)] long PresenceVersion = 0);
