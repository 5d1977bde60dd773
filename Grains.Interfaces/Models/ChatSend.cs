namespace Expo.Grains.Models;

/// <summary>One line a Web node hands its booth among others in one call (see <c>IBoothGrain.SendChatBatchAsync</c>).</summary>
/// <param name="FromOrganiser">From the sender's session, never from what the client sends: the line's organiser badge.</param>
[GenerateSerializer, Immutable, Alias("expo.ChatSend")]
public sealed record ChatSend(
    [property: Id(0)] VisitorRef Sender,
    [property: Id(1)] string ClientMessageId,
    [property: Id(2)] string Text,
    [property: Id(3)] bool FromOrganiser);
