using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>One sealed page of a booth's older chat.</summary>
[GenerateSerializer, Alias("expo.ChatArchiveState")]
public sealed class ChatArchiveState
{
    [Id(0)]
    public List<ChatMessage> Messages { get; set; } = [];
}
