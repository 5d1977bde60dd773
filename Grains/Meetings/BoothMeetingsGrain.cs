using Expo.Grains.Booths;
using Expo.Grains.Models;

namespace Expo.Grains.Meetings;

/// <summary>
/// Slots and their bookings. The grain is not reentrant: a booking is checked, written to the visitor's list and to
/// this state before the next call starts, so a slot is never booked twice.
/// </summary>
public sealed partial class BoothMeetingsGrain(
    [PersistentState("meetings", ExpoStorage.Booths)] IPersistentState<BoothMeetingsState> state,
    ExpoClock clock) : Grain, IBoothMeetingsGrain
{
    private const int OperationWindow = 100;

    private string BoothId => this.GetPrimaryKeyString();

    public Task<IReadOnlyList<MeetingSlot>> GetSlotsAsync() => Task.FromResult(Open(withBooker: false));

    public async Task<IReadOnlyList<MeetingSlot>> GetForStaffAsync(string actorId)
    {
        await RequireStaffAsync(actorId);
        return Open(withBooker: true);
    }

    public async Task<MeetingSlot> PublishAsync(VisitorRef host, string operationId, string expoId, DateTimeOffset startsAt, int minutes)
    {
        ExpoRules.RequireOperationId(operationId);
        var start = MeetingRules.RequireStart(startsAt, clock.UtcNow);
        var end = start + MeetingRules.RequireLength(minutes);
        if (!ExpoRules.IsSlug(expoId))
        {
            throw ExpoException.Invalid("An expo id is a slug.");
        }

        await RequireStaffAsync(host.VisitorId);
        if (state.State.Operations.FirstOrDefault(o => o.Key == operationId) is { Value: { } done }
            && state.State.Slots.FirstOrDefault(s => s.Id == done) is { } repeated)
        {
            return View(repeated, withBooker: true);
        }

        var open = state.State.Slots.Where(s => s.EndsAt > clock.UtcNow).ToList();
        if (open.Count >= MeetingRules.MaxOpenSlotsPerBooth)
        {
            throw MeetingRules.Quota($"A booth may offer up to {MeetingRules.MaxOpenSlotsPerBooth} meeting slots at once.");
        }

        if (open.Any(s => s.Host.VisitorId == host.VisitorId && s.StartsAt < end && start < s.EndsAt))
        {
            throw ExpoException.Conflict("You already offer a slot at that time.");
        }

        var slot = new SlotRecord { Id = $"slot-{Guid.NewGuid():N}"[..17], StartsAt = start, EndsAt = end, Host = host };
        var operations = state.State.Operations.ToList();
        var expo = state.State.ExpoId;
        state.State.Slots = [.. open.Append(slot).OrderBy(s => s.StartsAt)];
        state.State.Operations.Add(new(operationId, slot.Id));
        if (state.State.Operations.Count > OperationWindow)
        {
            state.State.Operations.RemoveAt(0);
        }

        state.State.ExpoId = expoId;
        await WriteAsync(() =>
        {
            state.State.Slots.Remove(slot);
            state.State.Operations = operations;
            state.State.ExpoId = expo;
        });
        return View(slot, withBooker: true);
    }

    public async Task WithdrawAsync(string actorId, string slotId)
    {
        await RequireStaffAsync(actorId);
        if (state.State.Slots.FirstOrDefault(s => s.Id == slotId) is not { } slot)
        {
            return;
        }

        var index = state.State.Slots.IndexOf(slot);
        state.State.Slots.RemoveAt(index);
        await WriteAsync(() => state.State.Slots.Insert(index, slot));
        if (slot.Booker is { } booker)
        {
            await Visitor(booker.VisitorId).RemoveAsync(BoothId, slot.Id);
        }

        await ScheduleRemindersAsync();
    }

    public async Task<MeetingSlot> BookAsync(VisitorRef visitor, string operationId, string slotId)
    {
        ExpoRules.RequireOperationId(operationId);
        var slot = Find(slotId);
        if (slot.Booker?.VisitorId == visitor.VisitorId)
        {
            return View(slot, withBooker: true);
        }

        if (slot.Booker is not null)
        {
            throw ExpoException.Conflict("Someone else booked this slot first.");
        }

        if (slot.StartsAt <= clock.UtcNow)
        {
            throw ExpoException.Conflict("This slot has already started.");
        }

        if (slot.Host.VisitorId == visitor.VisitorId)
        {
            throw ExpoException.Invalid("You cannot book a slot you offer.");
        }

        // The visitor's list checks their quotas and overlaps first; if this booth's write then fails, it is taken back.
        var meeting = new MeetingRef(BoothId, slot.Id, slot.StartsAt, slot.EndsAt);
        await Visitor(visitor.VisitorId).AddAsync(meeting);
        slot.Booker = visitor;
        slot.Reminded = false;
        try
        {
            await WriteAsync(() => slot.Booker = null);
        }
        catch
        {
            await Visitor(visitor.VisitorId).RemoveAsync(BoothId, slot.Id);
            throw;
        }

        await ScheduleRemindersAsync();
        return View(slot, withBooker: true);
    }

    public async Task<MeetingSlot> CancelAsync(string actorId, string slotId)
    {
        var slot = Find(slotId);
        if (slot.Booker is not { } booker)
        {
            return View(slot, withBooker: false);
        }

        if (booker.VisitorId != actorId)
        {
            await RequireStaffAsync(actorId, "Only the booker and the booth's staff may cancel a meeting.");
        }

        var reminded = slot.Reminded;
        slot.Booker = null;
        slot.Reminded = false;
        await WriteAsync(() => (slot.Booker, slot.Reminded) = (booker, reminded));
        await Visitor(booker.VisitorId).RemoveAsync(BoothId, slot.Id);
        await ScheduleRemindersAsync();
        return View(slot, withBooker: true);
    }

    public async Task<MeetingSlot?> GetSlotAsync(string actorId, string slotId)
    {
        if (state.State.Slots.FirstOrDefault(s => s.Id == slotId && s.EndsAt > clock.UtcNow) is not { } slot)
        {
            return null;
        }

        if (slot.Booker?.VisitorId != actorId)
        {
            await RequireStaffAsync(actorId, "Only the booker and the booth's staff see this meeting.");
        }

        return View(slot, withBooker: true);
    }

    private SlotRecord Find(string slotId) =>
        state.State.Slots.FirstOrDefault(s => s.Id == slotId && s.EndsAt > clock.UtcNow)
        ?? throw ExpoException.NotFound($"Booth '{BoothId}' offers no slot '{slotId}'.");

    private IReadOnlyList<MeetingSlot> Open(bool withBooker) =>
        [.. state.State.Slots.Where(s => s.EndsAt > clock.UtcNow).Select(s => View(s, withBooker))];

    private MeetingSlot View(SlotRecord slot, bool withBooker) =>
        new(slot.Id, BoothId, slot.StartsAt, slot.EndsAt, slot.Host, slot.Booker is not null, withBooker ? slot.Booker : null);

    private Task RequireStaffAsync(string actorId, string refusal = "Only the booth's staff may manage its meeting slots.") =>
        BoothStaffCheck.RequireStaffAsync(GrainFactory, BoothId, actorId, refusal);

    private IVisitorMeetingsGrain Visitor(string visitorId) => GrainFactory.GetGrain<IVisitorMeetingsGrain>(visitorId);

    /// <summary>Stored, then acknowledged: a failed write undoes the change in memory.</summary>
    private async Task WriteAsync(Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }
}
