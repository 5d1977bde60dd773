using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>What a booth keeps across restarts: its profile and the newest part of its chat.</summary>
[GenerateSerializer, Alias("expo.BoothState")]
public sealed class BoothState
{
    [Id(0)]
    public string? ExpoId { get; set; }

    [Id(1)]
    public BoothProfile? Profile { get; set; }

    [Id(2)]
    public long LastSequence { get; set; }

    /// <summary>Newest messages, oldest first; older ones move to archive pages.</summary>
    [Id(3)]
    public List<ChatMessage> Tail { get; set; } = [];

    /// <summary>Every sequence up to this one is stored in an archive page.</summary>
    [Id(4)]
    public long ArchivedThrough { get; set; }
}
