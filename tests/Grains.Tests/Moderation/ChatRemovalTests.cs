using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>A removed chat line is gone for everyone at once, from every read, and for good; its sequence is never reused.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChatRemovalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ARemovedLineIsAnnouncedAndGoneFromSnapshotAndHistoryEvenAfterRestart()
    {
        var world = await Staffing.CreateAsync(fixture);
        var owner = await world.OwnerAsync();
        var listener = await fixture.ListenAsync(world.Booth);
        var ada = TestKeys.Visitor();
        var first = await world.Booth.SendChatAsync(ada, "m-1", "hello");
        var rude = await world.Booth.SendChatAsync(ada, "m-2", "something rude");
        var third = await world.Booth.SendChatAsync(ada, "m-3", "sorry");

        var entry = await Moderation(world).RemoveMessageAsync(owner.VisitorId, "op-1", world.BoothId, rude.Sequence, "Insults", null);

        Assert.Equal(new ChatMessageRemoved(world.BoothId, rude.Sequence), await listener.NextRemovalAsync());
        Assert.Equal(ModerationRules.Actions.RemoveMessage, entry.Action);
        Assert.Equal(ada.VisitorId, entry.TargetId);
        Assert.Equal([first, third], await world.Booth.ChatSinceAsync(0));
        Assert.DoesNotContain(rude, (await world.Booth.EnterAsync("c-1", TestKeys.Visitor())).Messages);

        await fixture.Cluster.DeactivateAsync(world.Booth);

        Assert.Equal([first, third], await world.Booth.ChatSinceAsync(0));
        Assert.Equal(4, (await world.Booth.SendChatAsync(ada, "m-4", "again")).Sequence);
        Assert.Equal(rude.Sequence, (await world.Booth.SendChatAsync(ada, "m-2", "something rude")).Sequence);
    }

    [Fact]
    public async Task HistoryPagesStayFullWhenALineInThemWasRemoved()
    {
        var world = await Staffing.CreateAsync(fixture);
        var ada = TestKeys.Visitor();
        for (var i = 1; i <= 250; i++)
        {
            await world.Booth.SendChatAsync(ada, $"m-{i}", $"line {i}");
        }

        await fixture.Cluster.DeactivateAsync(world.Booth);
        await Moderation(world).RemoveMessageAsync(world.Organiser.VisitorId, "op-1", world.BoothId, 5, "Spam", null);

        var firstPage = await world.Booth.ChatSinceAsync(0);
        var secondPage = await world.Booth.ChatSinceAsync(firstPage[^1].Sequence);

        Assert.Equal(Enumerable.Range(1, 201).Where(i => i != 5).Select(i => (long)i), firstPage.Select(m => m.Sequence));
        Assert.Equal(Enumerable.Range(202, 49).Select(i => (long)i), secondPage.Select(m => m.Sequence));
    }

    [Fact]
    public async Task RemovingTheSameLineTwiceWithOneOperationRecordsItOnce()
    {
        var world = await Staffing.CreateAsync(fixture);
        var line = await world.Booth.SendChatAsync(TestKeys.Visitor(), "m-1", "spam spam");
        var moderation = Moderation(world);

        var once = await moderation.RemoveMessageAsync(world.Organiser.VisitorId, "op-1", world.BoothId, line.Sequence, "Spam", null);
        var again = await moderation.RemoveMessageAsync(world.Organiser.VisitorId, "op-1", world.BoothId, line.Sequence, "Spam", null);

        Assert.Equal(once, again);
        var audit = await moderation.GetAuditAsync(world.Organiser.VisitorId, 0, 50);
        Assert.Equal([once], audit.Entries);
    }

    [Fact]
    public async Task AVisitorOrAnotherBoothsOwnerCannotRemoveALineAndNothingChanges()
    {
        var world = await Staffing.CreateAsync(fixture);
        var line = await world.Booth.SendChatAsync(TestKeys.Visitor(), "m-1", "hello");
        var visitor = await world.RegisterAsync();
        var otherOwner = await world.OwnerAsync(world.OtherBooth);

        foreach (var actorId in new[] { visitor.VisitorId, otherOwner.VisitorId, TestKeys.New("v") })
        {
            var refused = await Assert.ThrowsAsync<ExpoException>(
                () => Moderation(world).RemoveMessageAsync(actorId, "op-1", world.BoothId, line.Sequence, "No", null));
            Assert.Equal(ExpoErrors.Forbidden, refused.Code);
            var direct = await Assert.ThrowsAsync<ExpoException>(() => world.Booth.RemoveChatMessageAsync(actorId, line.Sequence));
            Assert.Equal(ExpoErrors.Forbidden, direct.Code);
        }

        Assert.Equal([line], await world.Booth.ChatSinceAsync(0));
        Assert.Equal(0, (await Moderation(world).GetAuditAsync(world.Organiser.VisitorId, 0, 10)).Total);
    }

    [Fact]
    public async Task RemovingALineThatWasNeverSentIsRefused()
    {
        var world = await Staffing.CreateAsync(fixture);

        var refused = await Assert.ThrowsAsync<ExpoException>(
            () => Moderation(world).RemoveMessageAsync(world.Organiser.VisitorId, "op-1", world.BoothId, 1, "Spam", null));

        Assert.Equal(ExpoErrors.NotFound, refused.Code);
    }

    private IModerationGrain Moderation(Staffing world) => fixture.Client.GetGrain<IModerationGrain>(world.ExpoId);
}
