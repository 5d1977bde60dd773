using Expo.Grains.Models;

namespace Expo.Web.Meetings;

/// <summary>
/// A meeting in someone's agenda: <c>role</c> is "guest" for the visitor who booked it and "host" for the staff member
/// who offers it; <c>chatUrl</c> is the booth's page, whose chat hosts the meeting.
/// </summary>
public sealed record MeetingView(
    string BoothId,
    LocalizedText BoothName,
    string SlotId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Role,
    VisitorRef Host,
    VisitorRef? Booker,
    string ChatUrl,
    string CalendarUrl);
