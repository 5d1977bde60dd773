using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>
/// One booth's meeting slots, keyed by the booth id: its staff publish them, registered visitors book them. The grain
/// runs one call at a time, so two visitors booking the same slot from any Web nodes get one booking and one refusal.
/// It reminds both the booker and the host before the meeting.
/// </summary>
[Alias("expo.IBoothMeetingsGrain")]
public interface IBoothMeetingsGrain : IGrainWithStringKey
{
    /// <summary>The slots not yet ended, earliest first, without who booked them.</summary>
    [Alias("slots")]
    Task<IReadOnlyList<MeetingSlot>> GetSlotsAsync();

    /// <summary>The slots not yet ended with their bookers, for the booth's staff.</summary>
    [Alias("manage")]
    Task<IReadOnlyList<MeetingSlot>> GetForStaffAsync(string actorId);

    /// <summary>A staff member offers a slot; a repeated operation id returns the first slot.</summary>
    [Alias("publish")]
    Task<MeetingSlot> PublishAsync(VisitorRef host, string operationId, string expoId, DateTimeOffset startsAt, int minutes);

    /// <summary>A staff member withdraws a slot; its booking, if any, is cancelled.</summary>
    [Alias("withdraw")]
    Task WithdrawAsync(string actorId, string slotId);

    /// <summary>A registered visitor books a free slot; booking the slot they already hold returns it again.</summary>
    [Alias("book")]
    Task<MeetingSlot> BookAsync(VisitorRef visitor, string operationId, string slotId);

    /// <summary>The booker or the booth's staff cancel a booking; the slot is free again.</summary>
    [Alias("cancel")]
    Task<MeetingSlot> CancelAsync(string actorId, string slotId);

    /// <summary>One slot with its booker, for the booker or the booth's staff; null when it is gone or ended.</summary>
    [Alias("slot")]
    Task<MeetingSlot?> GetSlotAsync(string actorId, string slotId);
}
