namespace Expo.Grains.Models;

/// <summary>
/// What became of one line of a batch: the stored line, or the refusal (an <see cref="ExpoErrors"/> code and a sentence)
/// the sender would have had for it alone. One line's refusal never holds back the others.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.ChatSendResult")]
public sealed record ChatSendResult(
    [property: Id(0)] ChatMessage? Message,
    [property: Id(1)] string? ErrorCode = null,
    [property: Id(2)] string? Error = null)
{
    public static ChatSendResult Refused(ExpoException refusal) => new(null, refusal.Code, refusal.Message);
}
