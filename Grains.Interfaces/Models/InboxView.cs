namespace Expo.Grains.Models;

/// <summary>A user's pending items, newest first, and how many of them they have not seen yet (the badge).</summary>
[GenerateSerializer, Immutable, Alias("expo.InboxView")]
public sealed record InboxView(
    [property: Id(0)] IReadOnlyList<InboxItem> Items,
    [property: Id(1)] int Unread);
