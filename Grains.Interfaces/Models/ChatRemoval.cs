namespace Expo.Grains.Models;

/// <summary>The line a moderator removed, as it was, so the audit can say what was removed and whose it was.</summary>
[GenerateSerializer, Immutable, Alias("expo.ChatRemoval")]
public sealed record ChatRemoval(
    [property: Id(0)] ChatMessage Line,
    [property: Id(1)] bool AlreadyRemoved);
