using Expo.Grains.Models;

namespace Expo.Grains.Announcements;

[GenerateSerializer, Alias("expo.AnnouncementsState")]
public sealed class AnnouncementsState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public List<Announcement> Current { get; set; } = [];

    /// <summary>Recent operation ids with the board version they produced, so a retry returns the first outcome.</summary>
    [Id(2)]
    public Dictionary<string, long> Operations { get; set; } = [];

    /// <summary>Every publish and withdrawal: who, when, what.</summary>
    [Id(3)]
    public List<AnnouncementAudit> Audit { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("expo.AnnouncementAudit")]
public sealed record AnnouncementAudit(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string Action,
    [property: Id(3)] string? PavilionId,
    [property: Id(4)] LocalizedText? Text);
