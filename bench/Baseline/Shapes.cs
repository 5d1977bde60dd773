namespace Expo.Bench.Baseline;

// The wire shapes of protocol v1 (docs/api.md), serialized camelCase by ASP.NET Core.

public sealed record LocalizedText(string En, string Zh);

public sealed record VisitorRef(string VisitorId, string DisplayName);

public sealed record ChatMessage(
    string BoothId, long Sequence, string SenderId, string SenderName, string Text, DateTimeOffset SentAt, string ClientMessageId);

public sealed record PresenceChanged(string BoothId, int Count, IReadOnlyList<VisitorRef> Joined, IReadOnlyList<VisitorRef> Left);

public sealed record BoothProfile(
    string Id, string PavilionId, LocalizedText Name, LocalizedText Description, IReadOnlyList<string> Fields, bool Sample);

public sealed record BoothSnapshot(
    BoothProfile Booth, int Count, IReadOnlyList<VisitorRef> Visitors, IReadOnlyList<ChatMessage> Messages, long LastSequence);

public sealed record Attendee(string VisitorId, string DisplayName, DateTimeOffset Since, long Seconds);

public sealed record BoothTotals(string BoothId, int Count, long Visits, long ChatLines);

public sealed record AttendanceSample(DateTimeOffset At, int Total, IReadOnlyDictionary<string, int> Booths);

public sealed record Announcement(string Id, LocalizedText Text, string? PavilionId, DateTimeOffset PublishedAt, string PublishedBy);

public sealed record AnnouncementBoard(long Version, IReadOnlyList<Announcement> Announcements);

public sealed record LiveCounts(IReadOnlyDictionary<string, int> Booths);
