namespace Expo.Grains.Models;

/// <summary>
/// One stored chat line of a booth; <see cref="Sequence"/> counts from 1 per booth. <see cref="SenderRole"/> is set by
/// the booth when it stores the line ("staff" for its staff, "organiser" for organisers, null for everyone else), never
/// from what the client sends, so a display name that imitates staff earns no badge.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.ChatMessage")]
public sealed record ChatMessage(
    [property: Id(0)] string BoothId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string SenderId,
    [property: Id(3)] string SenderName,
    [property: Id(4)] string Text,
    [property: Id(5)] DateTimeOffset SentAt,
    [property: Id(6)] string ClientMessageId,
    [property: Id(7)] string? SenderRole = null);
