namespace Expo.Grains.Models;

/// <summary>A moderator removed a chat line: every client in the booth drops the line with this sequence.</summary>
[GenerateSerializer, Immutable, Alias("expo.ChatMessageRemoved")]
public sealed record ChatMessageRemoved(
    [property: Id(0)] string BoothId,
    [property: Id(1)] long Sequence);
