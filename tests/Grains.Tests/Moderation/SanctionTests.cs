using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>Mutes and bans as the booths enforce them: in their scope, for their time, across restarts, lifted on request.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SanctionTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AMutedVisitorCannotChatInTheBoothButStillCanInAnotherUntilLifted()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var ada = TestKeys.Visitor();
        var moderation = Moderation(world);

        var mute = await moderation.SanctionAsync(owner.VisitorId, "op-1", new SanctionRequest(ModerationRules.Mute, ada.VisitorId, ada.DisplayName, world.BoothId, null, "Flooding"));

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Booth.SendChatAsync(ada, "m-1", "hello"));
        Assert.Equal(ExpoErrors.Muted, refused.Code);
        Assert.Contains("Flooding", refused.Message);
        Assert.Empty(await world.Booth.ChatSinceAsync(0));
        Assert.Equal(1, (await world.OtherBooth.SendChatAsync(ada, "m-1", "hello")).Sequence);
        await world.Booth.EnterAsync("c-1", ada);

        await moderation.LiftAsync(owner.VisitorId, "op-2", mute.Id, "Calmed down");

        Assert.Equal(1, (await world.Booth.SendChatAsync(ada, "m-1", "hello")).Sequence);
        Assert.Empty(await moderation.GetSanctionsAsync(owner.VisitorId, world.BoothId));
    }

    [Fact]
    public async Task AMuteForADurationEndsByItself()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        await Moderation(world).SanctionAsync(world.Organiser.VisitorId, "op-1",
            new SanctionRequest(ModerationRules.Mute, ada.VisitorId, null, null, TimeSpan.FromMinutes(10), "Cool off"));

        var refused = await Assert.ThrowsAsync<ExpoException>(() => world.Booth.SendChatAsync(ada, "m-1", "hello"));
        Assert.Contains("until", refused.Message);
        fixture.Time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(1, (await world.Booth.SendChatAsync(ada, "m-1", "hello")).Sequence);
    }

    [Fact]
    public async Task AnExpoBanTakesTheVisitorOutOfTheirBoothAndKeepsThemOutOfEveryBooth()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        var bob = TestKeys.Visitor("Bob");
        var listener = await fixture.ListenAsync(world.Booth);
        await world.Booth.EnterAsync("c-ada", ada);
        await world.Booth.EnterAsync("c-bob", bob);
        await listener.PresenceUntilJoinedAsync([ada, bob]);

        var ban = await Moderation(world).SanctionAsync(world.Organiser.VisitorId, "op-1",
            new SanctionRequest(ModerationRules.Ban, ada.VisitorId, ada.DisplayName, null, null, "Scam links"));

        var removed = await listener.NextEvictionAsync();
        Assert.Equal(new RemovedFromBooth(world.BoothId, ada.VisitorId, "Scam links", null, true), removed);
        var left = await Eventually.WaitAsync("ada leaves", listener.NextPresenceAsync, c => c.Left.Any(v => v.VisitorId == ada.VisitorId));
        Assert.Equal(1, left.Count);
        foreach (var booth in new[] { world.Booth, world.OtherBooth })
        {
            var refused = await Assert.ThrowsAsync<ExpoException>(() => booth.EnterAsync("c-ada-2", ada));
            Assert.Equal(ExpoErrors.Banned, refused.Code);
            Assert.Equal(ExpoErrors.Muted, (await Assert.ThrowsAsync<ExpoException>(() => booth.SendChatAsync(ada, "m-1", "hi"))).Code);
        }

        // A Web node that still renews the connection does not put the visitor back.
        await world.Booth.RenewAsync(listener.NodeId, listener.Reference, [new BoothConnection("c-ada", ada)]);
        Assert.Equal(1, await world.Booth.GetCountAsync());
        Assert.Equal([ban], await Moderation(world).GetSanctionsAsync(world.Organiser.VisitorId, null));
    }

    [Fact]
    public async Task SanctionsHoldAfterTheBoothAndTheModerationGrainRestart()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        var moderation = Moderation(world);
        await moderation.SanctionAsync(world.Organiser.VisitorId, "op-1",
            new SanctionRequest(ModerationRules.Ban, ada.VisitorId, null, world.BoothId, TimeSpan.FromDays(1), "Harassment"));

        await fixture.Cluster.DeactivateAsync(world.Booth);
        await fixture.Cluster.DeactivateAsync(moderation);

        Assert.Equal(ExpoErrors.Banned, (await Assert.ThrowsAsync<ExpoException>(() => world.Booth.EnterAsync("c-1", ada))).Code);
        await world.OtherBooth.EnterAsync("c-2", ada);
        Assert.Single(await moderation.GetSanctionsAsync(world.Organiser.VisitorId, world.BoothId));
        Assert.Single((await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 10)).Entries);
    }

    [Fact]
    public async Task ARetriedSanctionAppliesOnceAndANewOneOfTheSameKindReplacesIt()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        var moderation = Moderation(world);
        var request = new SanctionRequest(ModerationRules.Mute, ada.VisitorId, null, world.BoothId, TimeSpan.FromHours(1), "Spam");

        var first = await moderation.SanctionAsync(world.Organiser.VisitorId, "op-1", request);
        var retry = await moderation.SanctionAsync(world.Organiser.VisitorId, "op-1", request);
        var longer = await moderation.SanctionAsync(world.Organiser.VisitorId, "op-2", request with { Duration = TimeSpan.FromHours(5) });

        Assert.Equal(first, retry);
        Assert.Equal([longer], await moderation.GetSanctionsAsync(world.Organiser.VisitorId, world.BoothId));
        Assert.Equal(2, (await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 10)).Total);
    }

    private IModerationGrain Moderation(Staffing world) => fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
}
