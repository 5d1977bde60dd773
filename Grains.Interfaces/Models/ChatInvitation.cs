namespace Expo.Grains.Models;

/// <summary>A member of the booth's staff invites a visitor who is in the booth to chat.</summary>
[GenerateSerializer, Immutable, Alias("expo.ChatInvitation")]
public sealed record ChatInvitation(
    [property: Id(0)] string BoothId,
    [property: Id(1)] string VisitorId,
    [property: Id(2)] string StaffId,
    [property: Id(3)] string StaffName,
    [property: Id(4)] DateTimeOffset At);
