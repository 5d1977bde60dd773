using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// The meetings one visitor booked, keyed by the visitor id, so their agenda finds them without asking every booth.
/// Only booth meeting grains write it; it enforces the visitor's quota and refuses overlapping meetings.
/// </summary>
[Alias("expo.IVisitorMeetingsGrain")]
public interface IVisitorMeetingsGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<IReadOnlyList<MeetingRef>> GetAsync();

    /// <summary>Adds the meeting, or refuses with <c>quota_exceeded</c> or <c>conflict</c> (an overlapping meeting).</summary>
    [Alias("add")]
    Task AddAsync(MeetingRef meeting);

    [Alias("remove")]
    Task RemoveAsync(string boothId, string slotId);
}
