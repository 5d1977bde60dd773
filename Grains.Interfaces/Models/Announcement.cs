namespace Expo.Grains.Models;

/// <summary>
/// An organiser's message to everyone at the expo, or to one pavilion (<see cref="PavilionId"/>), in both languages.
/// One is current per scope: publishing again replaces it.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.Announcement")]
public sealed record Announcement(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Text,
    [property: Id(2)] string? PavilionId,
    [property: Id(3)] DateTimeOffset PublishedAt,
    [property: Id(4)] string PublishedBy);

/// <summary>The current announcements; <see cref="Version"/> grows with every change, so clients apply only newer boards.</summary>
[GenerateSerializer, Immutable, Alias("expo.AnnouncementBoard")]
public sealed record AnnouncementBoard(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<Announcement> Announcements);
