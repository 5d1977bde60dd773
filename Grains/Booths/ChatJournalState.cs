using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>What a journal shard keeps across restarts: the booths' lines not yet in their own state.</summary>
[GenerateSerializer, Alias("expo.ChatJournalState")]
public sealed class ChatJournalState
{
    /// <summary>Lines of every booth of the shard, each booth's in sequence order.</summary>
    [Id(0)]
    public List<ChatMessage> Lines { get; set; } = [];
}
