using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Passport;

/// <summary>A guest's stamps move to the account they register or sign in with, once; the organisers' figures follow.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PassportMergeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task MergingMovesAGuestsStampsIntoTheAccountOnceAndLaterStampsFollow()
    {
        var expoId = TestKeys.New("expo");
        var guest = Passport(TestKeys.New("v"));
        var account = Passport(TestKeys.New("v"));
        var now = fixture.Time.GetUtcNow();
        var a = Stamp(expoId, "p-a", now);
        var b = Stamp(expoId, "p-b", now.AddMinutes(1));
        await guest.StampAsync(a);
        await guest.StampAsync(b);
        var ownB = Stamp(expoId, "p-b", now.AddMinutes(-5));
        await account.StampAsync(ownB);

        var moved = await account.MergeGuestAsync(guest.GetPrimaryKeyString());

        Assert.Equal([a, b], moved);
        Assert.Equal([ownB, a], await account.GetAsync(expoId));
        Assert.Empty(await guest.GetAsync(expoId));

        // Handed over once: a second merge, into this account or another, moves nothing.
        Assert.Empty(await account.MergeGuestAsync(guest.GetPrimaryKeyString()));
        var other = Passport(TestKeys.New("v"));
        Assert.Empty(await other.MergeGuestAsync(guest.GetPrimaryKeyString()));
        Assert.Empty(await other.GetAsync(expoId));

        // A stamp the old guest session still earns lands in the account.
        var c = Stamp(expoId, "p-c", now.AddMinutes(2));
        await guest.StampAsync(c);
        Assert.Equal([ownB, a, c], await account.GetAsync(expoId));
    }

    [Fact]
    public async Task OrganisersSeeHowManyVisitorsHoldHowManyStamps()
    {
        var expoId = TestKeys.New("expo");
        var organiser = await fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).EnsureOrganiserAsync(Staffing.Password, "Organiser");
        var tally = fixture.Client.GetGrain<IPassportTallyGrain>(expoId);
        var now = fixture.Time.GetUtcNow();
        var ada = Passport(TestKeys.New("v"));
        var guest = Passport(TestKeys.New("v"));
        await ada.StampAsync(Stamp(expoId, "p-a", now));
        await ada.StampAsync(Stamp(expoId, "p-b", now));
        await guest.StampAsync(Stamp(expoId, "p-c", now));

        await Eventually.WaitAsync("one visitor with 1 stamp, one with 2", () => tally.GetAsync(organiser.VisitorId), t => t.Holders.SequenceEqual([1L, 1L]));

        await ada.MergeGuestAsync(guest.GetPrimaryKeyString());
        await Eventually.WaitAsync("one visitor with 3 stamps", () => tally.GetAsync(organiser.VisitorId), t => t.Holders.SequenceEqual([0L, 0L, 1L]));

        var refusal = await Assert.ThrowsAsync<ExpoException>(() => tally.GetAsync(ada.GetPrimaryKeyString()));
        Assert.Equal(ExpoErrors.Forbidden, refusal.Code);
    }

    private IPassportGrain Passport(string visitorId) => fixture.Client.GetGrain<IPassportGrain>(visitorId);

    private static PassportStamp Stamp(string expoId, string pavilionId, DateTimeOffset at) =>
        new(expoId, pavilionId, $"{pavilionId}-booth", at, PassportReasons.Chat);
}
