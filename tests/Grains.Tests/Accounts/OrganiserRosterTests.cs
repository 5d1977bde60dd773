using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class OrganiserRosterTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TheSetupCodeMakesOneFirstOrganiserAndIsThenUsedUp()
    {
        var roster = NewRoster();
        var code = await roster.GetOrCreateSetupCodeAsync(null);
        Assert.Equal(code, await roster.GetOrCreateSetupCodeAsync(null));
        var first = await RegisterAsync("First");
        var stranger = await RegisterAsync("Stranger");

        var guessed = await Assert.ThrowsAsync<ExpoException>(() => roster.RedeemSetupCodeAsync("ABCDE-FGHJK-MNPQR-STUVW", stranger.VisitorId));
        var redeemed = await roster.RedeemSetupCodeAsync(code!.ToLowerInvariant(), first.VisitorId);
        var again = await Assert.ThrowsAsync<ExpoException>(() => roster.RedeemSetupCodeAsync(code, stranger.VisitorId));

        Assert.Equal(ExpoErrors.Forbidden, guessed.Code);
        Assert.Equal(ExpoErrors.Forbidden, again.Code);
        Assert.Equal([first.VisitorId], redeemed.Organisers);
        Assert.Null(await roster.GetOrCreateSetupCodeAsync(null));
        Assert.True((await Visitor(first.VisitorId).GetAccountAsync())!.Organiser);
        Assert.False((await Visitor(stranger.VisitorId).GetAccountAsync())!.Organiser);
    }

    [Fact]
    public async Task OrganisersGrantAndRevokeTheRoleWithAnAuditAndTheLastOneStays()
    {
        var roster = NewRoster();
        var first = await RegisterAsync("First");
        await roster.RedeemSetupCodeAsync((await roster.GetOrCreateSetupCodeAsync("configured-setup-code"))!, first.VisitorId);
        var second = await RegisterAsync("Second");
        var sessions = fixture.Client.GetGrain<IVisitorSessionsGrain>(second.VisitorId);
        var epoch = (await sessions.GetStandingAsync()).Epoch;

        await roster.GrantAsync(first.VisitorId, second.VisitorId);
        var refusedToStranger = await Assert.ThrowsAsync<ExpoException>(() => roster.RevokeAsync(TestKeys.New("v"), first.VisitorId));
        var revoked = await roster.RevokeAsync(first.VisitorId, second.VisitorId);
        var last = await Assert.ThrowsAsync<ExpoException>(() => roster.RevokeAsync(first.VisitorId, first.VisitorId));

        Assert.Equal(ExpoErrors.Forbidden, refusedToStranger.Code);
        Assert.Equal(ExpoErrors.Conflict, last.Code);
        Assert.Equal([first.VisitorId], revoked.Organisers);
        Assert.Equal(
            [("revoked", first.VisitorId, second.VisitorId), ("granted", first.VisitorId, second.VisitorId), ("granted", "setup-code", first.VisitorId)],
            revoked.Changes.Select(c => (c.Action, c.ActorId, c.VisitorId)));
        Assert.False((await Visitor(second.VisitorId).GetAccountAsync())!.Organiser);
        Assert.True((await sessions.GetStandingAsync()).Epoch > epoch);
    }

    private IOrganisersGrain NewRoster() => fixture.Client.GetGrain<IOrganisersGrain>(TestKeys.New("roster"));

    private IVisitorGrain Visitor(string visitorId) => fixture.Client.GetGrain<IVisitorGrain>(visitorId);

    private Task<VisitorAccount> RegisterAsync(string name) =>
        fixture.Client.GetGrain<IAccountGrain>(Staffing.NewEmail()).RegisterAsync(Staffing.Password, name, "en");
}
