using Expo.Grains.Tests.Agenda;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Meetings;

/// <summary>A booth's staff offer meeting slots; registered visitors book them, once per slot, within their quotas.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MeetingSlotTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Lead = new AgendaReminderOptions().ReminderLead;

    [Fact]
    public async Task StaffPublishSlotsOnceAndOthersSeeThemWithoutTheirBookers()
    {
        var (expo, meetings, owner) = await BoothAsync();
        var stranger = await expo.RegisterAsync("Stranger");
        var start = fixture.Time.GetUtcNow().AddDays(1);

        var slot = await meetings.PublishAsync(Ref(owner), "op-1", expo.ExpoId, start, 30);
        var retried = await meetings.PublishAsync(Ref(owner), "op-1", expo.ExpoId, start, 30);
        var refused = await Assert.ThrowsAsync<ExpoException>(() => meetings.PublishAsync(Ref(stranger), "op-2", expo.ExpoId, start.AddHours(1), 30));
        var overlapping = await Assert.ThrowsAsync<ExpoException>(() => meetings.PublishAsync(Ref(owner), "op-3", expo.ExpoId, start.AddMinutes(15), 30));
        var tooLong = await Assert.ThrowsAsync<ExpoException>(() => meetings.PublishAsync(Ref(owner), "op-4", expo.ExpoId, start.AddHours(2), 121));
        var past = await Assert.ThrowsAsync<ExpoException>(() => meetings.PublishAsync(Ref(owner), "op-5", expo.ExpoId, start.AddDays(-2), 30));
        var visitor = await expo.RegisterAsync("Mei");
        await meetings.BookAsync(Ref(visitor), "b-1", slot.Id);

        Assert.Equal(slot.Id, retried.Id);
        Assert.Equal(start.AddMinutes(30), slot.EndsAt);
        Assert.Equal((ExpoErrors.Forbidden, ExpoErrors.Conflict), (refused.Code, overlapping.Code));
        Assert.Equal((ExpoErrors.InvalidInput, ExpoErrors.InvalidInput), (tooLong.Code, past.Code));
        var shown = Assert.Single(await meetings.GetSlotsAsync());
        Assert.True(shown.Booked);
        Assert.Null(shown.Booker);
        Assert.Equal(visitor.VisitorId, Assert.Single(await meetings.GetForStaffAsync(owner.VisitorId)).Booker?.VisitorId);
        await Assert.ThrowsAsync<ExpoException>(() => meetings.GetForStaffAsync(visitor.VisitorId));
    }

    [Fact]
    public async Task TwoVisitorsBookingTheSameSlotAtOnceGetOneBookingAndCancellingFreesIt()
    {
        var (expo, meetings, owner) = await BoothAsync();
        var slot = await meetings.PublishAsync(Ref(owner), "op-1", expo.ExpoId, fixture.Time.GetUtcNow().AddDays(1), 30);
        var first = await expo.RegisterAsync("Mei");
        var second = await expo.RegisterAsync("Bo");

        var outcomes = await Task.WhenAll(
            Outcome(meetings.BookAsync(Ref(first), "b-1", slot.Id)), Outcome(meetings.BookAsync(Ref(second), "b-2", slot.Id)));

        var booked = Assert.Single(outcomes.OfType<MeetingSlot>());
        Assert.Equal(ExpoErrors.Conflict, Assert.Single(outcomes.OfType<ExpoException>()).Code);
        var (winner, loser) = booked.Booker!.VisitorId == first.VisitorId ? (first, second) : (second, first);
        Assert.Single(await Meetings(winner).GetAsync());
        Assert.Empty(await Meetings(loser).GetAsync());

        var refused = await Assert.ThrowsAsync<ExpoException>(() => meetings.CancelAsync(loser.VisitorId, slot.Id));
        await meetings.CancelAsync(winner.VisitorId, slot.Id);
        var rebooked = await meetings.BookAsync(Ref(loser), "b-3", slot.Id);

        Assert.Equal(ExpoErrors.Forbidden, refused.Code);
        Assert.Empty(await Meetings(winner).GetAsync());
        Assert.Equal(loser.VisitorId, rebooked.Booker?.VisitorId);
        Assert.Equal([slot.Id], (await Meetings(loser).GetAsync()).Select(m => m.SlotId));
    }

    [Fact]
    public async Task QuotasBoundSlotsPerBoothAndBookingsPerVisitor()
    {
        var (expo, meetings, owner) = await BoothAsync();
        var start = fixture.Time.GetUtcNow().AddDays(1);
        var slots = new List<MeetingSlot>();
        for (var n = 0; n < MeetingRules.MaxOpenSlotsPerBooth; n++)
        {
            slots.Add(await meetings.PublishAsync(Ref(owner), $"op-{n}", expo.ExpoId, start.AddMinutes(15 * n), 15));
        }

        var full = await Assert.ThrowsAsync<ExpoException>(() => meetings.PublishAsync(Ref(owner), "op-x", expo.ExpoId, start.AddDays(1), 15));
        var visitor = await expo.RegisterAsync("Mei");
        await meetings.BookAsync(Ref(visitor), "b-1", slots[0].Id);
        await meetings.BookAsync(Ref(visitor), "b-2", slots[2].Id);
        var third = await Assert.ThrowsAsync<ExpoException>(() => meetings.BookAsync(Ref(visitor), "b-3", slots[4].Id));

        // Across the expo: a visitor's list refuses the meeting past the quota, and one that overlaps another.
        var list = Meetings(visitor);
        var later = start.AddDays(2);
        for (var n = 2; n < MeetingRules.MaxBookingsPerVisitor; n++)
        {
            await list.AddAsync(new MeetingRef($"booth-{n}", "slot-a", later.AddHours(n), later.AddHours(n).AddMinutes(30)));
        }

        var overall = await Assert.ThrowsAsync<ExpoException>(() => list.AddAsync(new MeetingRef("booth-x", "slot-a", later.AddDays(1), later.AddDays(1).AddMinutes(30))));
        await list.RemoveAsync("booth-9", "slot-a");
        var overlap = await Assert.ThrowsAsync<ExpoException>(() => list.AddAsync(new MeetingRef("booth-y", "slot-a", later.AddHours(2).AddMinutes(10), later.AddHours(3))));

        Assert.Equal(MeetingRules.MaxOpenSlotsPerBooth, (await meetings.GetSlotsAsync()).Count);
        Assert.Equal((ExpoErrors.QuotaExceeded, ExpoErrors.QuotaExceeded, ExpoErrors.QuotaExceeded), (full.Code, third.Code, overall.Code));
        Assert.Equal(ExpoErrors.Conflict, overlap.Code);
        Assert.False((await meetings.GetSlotsAsync()).Single(s => s.Id == slots[4].Id).Booked);
    }

    [Fact]
    public async Task TheBookerAndTheHostAreEachRemindedOnceBeforeTheMeeting()
    {
        var (expo, meetings, owner) = await BoothAsync();
        var start = fixture.Time.GetUtcNow().AddHours(1);
        var slot = await meetings.PublishAsync(Ref(owner), "op-1", expo.ExpoId, start, 30);
        var visitor = await expo.RegisterAsync("Mei");
        var node = new ReminderListener(fixture.Client);
        await meetings.BookAsync(Ref(visitor), "b-1", slot.Id);

        fixture.Time.Advance(TimeSpan.FromHours(1) - Lead);
        await fixture.Client.GetGrain<IReminderRelayGrain>(expo.ExpoId).SubscribeAsync(node.NodeId, node.Reference);
        var reminders = new[] { await node.NextAsync(), await node.NextAsync() };

        Assert.Equal(new[] { owner.VisitorId, visitor.VisitorId }.Order(StringComparer.Ordinal), reminders.Select(r => r.VisitorId).Order(StringComparer.Ordinal));
        Assert.All(reminders, r => Assert.Equal((expo.BoothId, start, "Test booth"), (r.BoothId, r.StartsAt, r.Title.En)));
        GC.KeepAlive(node);
    }

    private async Task<(Staffing Expo, IBoothMeetingsGrain Meetings, VisitorAccount Owner)> BoothAsync()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var owner = await expo.OwnerAsync();
        return (expo, fixture.Client.GetGrain<IBoothMeetingsGrain>(expo.BoothId), owner);
    }

    private IVisitorMeetingsGrain Meetings(VisitorAccount visitor) => fixture.Client.GetGrain<IVisitorMeetingsGrain>(visitor.VisitorId);

    private static VisitorRef Ref(VisitorAccount account) => new(account.VisitorId, account.DisplayName);

    private static async Task<object> Outcome(Task<MeetingSlot> booking)
    {
        try
        {
            return await booking;
        }
        catch (ExpoException exception)
        {
            return exception;
        }
    }
}
