using Expo.Grains.Models;

namespace Expo.Grains.Meetings;

public sealed class VisitorMeetingsGrain(
    [PersistentState("meetings", ExpoStorage.Visitors)] IPersistentState<VisitorMeetingsState> state,
    ExpoClock clock) : Grain, IVisitorMeetingsGrain
{
    /// <summary>How long a held meeting stays in the list, so the agenda still shows what happened today.</summary>
    private static readonly TimeSpan KeepEnded = TimeSpan.FromDays(1);

    public Task<IReadOnlyList<MeetingRef>> GetAsync() =>
        Task.FromResult<IReadOnlyList<MeetingRef>>([.. state.State.Meetings.Where(m => m.EndsAt + KeepEnded > clock.UtcNow)]);

    public async Task AddAsync(MeetingRef meeting)
    {
        var meetings = state.State.Meetings;
        if (meetings.Contains(meeting))
        {
            return;
        }

        var now = clock.UtcNow;
        var upcoming = meetings.Where(m => m.EndsAt > now).ToList();
        if (upcoming.Count >= MeetingRules.MaxBookingsPerVisitor)
        {
            throw MeetingRules.Quota($"A visitor may have up to {MeetingRules.MaxBookingsPerVisitor} meetings booked.");
        }

        if (upcoming.Count(m => m.BoothId == meeting.BoothId) >= MeetingRules.MaxBookingsPerBooth)
        {
            throw MeetingRules.Quota($"A visitor may book up to {MeetingRules.MaxBookingsPerBooth} meetings at one booth.");
        }

        if (upcoming.Any(m => m.StartsAt < meeting.EndsAt && meeting.StartsAt < m.EndsAt))
        {
            throw ExpoException.Conflict("You already have a meeting at that time.");
        }

        var before = meetings.ToList();
        meetings.RemoveAll(m => m.EndsAt + KeepEnded <= now);
        meetings.Add(meeting);
        meetings.Sort((a, b) => a.StartsAt.CompareTo(b.StartsAt));
        await WriteOrRestoreAsync(before);
    }

    public async Task RemoveAsync(string boothId, string slotId)
    {
        var before = state.State.Meetings.ToList();
        if (state.State.Meetings.RemoveAll(m => m.BoothId == boothId && m.SlotId == slotId) > 0)
        {
            await WriteOrRestoreAsync(before);
        }
    }

    /// <summary>Memory changes only once storage has them: a failed write puts the list back.</summary>
    private async Task WriteOrRestoreAsync(List<MeetingRef> before)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Meetings = before;
            throw;
        }
    }
}
