using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Announcements;

/// <summary>Organisers publish one current announcement per scope (the expo, or a pavilion); nobody else can, and bad input changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AnnouncementsGrainTests(ClusterFixture fixture)
{
    private static readonly LocalizedText Welcome = new("The signing ceremony starts at 15:00 on the main stage.", "签约仪式15:00在主舞台开始。");
    private static readonly LocalizedText Tea = new("Tea tasting in this pavilion now.", "本馆正在举行品茶活动。");

    [Fact]
    public async Task AnExpoWideAndAPavilionAnnouncementStandTogetherAndANewOneReplacesItsScopeOnly()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var board = fixture.Client.GetGrain<IAnnouncementsGrain>(expo.ExpoId);
        var organiser = expo.Organiser.VisitorId;
        var pavilion = await PavilionOfAsync(expo);

        await board.PublishAsync(organiser, "op-1", Welcome, null);
        await board.PublishAsync(organiser, "op-2", Tea, pavilion);
        var later = new LocalizedText("The ceremony moves to 16:00.", "签约仪式改为16:00。");
        var published = await board.PublishAsync(organiser, "op-3", later, null);

        Assert.Equal(3, published.Version);
        Assert.Equal([(null, later), (pavilion, Tea)], published.Announcements.Select(a => (a.PavilionId, a.Text)));
        Assert.All(published.Announcements, a => Assert.Equal(organiser, a.PublishedBy));

        await fixture.Cluster.DeactivateAsync(board);
        Assert.Equal(published, await board.GetAsync(), new BoardComparer());

        var withdrawn = await board.WithdrawAsync(organiser, "op-4", pavilion);
        Assert.Equal([later], withdrawn.Announcements.Select(a => a.Text));
        Assert.Equal(4, withdrawn.Version);
    }

    [Fact]
    public async Task ARetriedPublishReturnsTheFirstOutcomeAndPublishesNothingMore()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var board = fixture.Client.GetGrain<IAnnouncementsGrain>(expo.ExpoId);

        var first = await board.PublishAsync(expo.Organiser.VisitorId, "op-1", Welcome, null);
        var retried = await board.PublishAsync(expo.Organiser.VisitorId, "op-1", Welcome, null);

        Assert.Equal(1, retried.Version);
        Assert.Equal(first.Announcements, retried.Announcements);
    }

    [Fact]
    public async Task AWriteThatFailsIsNotAcknowledgedAndTheRetryPublishesOnce()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var board = fixture.Client.GetGrain<IAnnouncementsGrain>(expo.ExpoId);

        // The write lands but its answer is lost: the grain starts again from storage, where the retry finds it.
        StorageFaults.FailNextWrites(expo.ExpoId, 1, afterWrite: true);
        var failed = await Assert.ThrowsAsync<ExpoException>(() => board.PublishAsync(expo.Organiser.VisitorId, "op-1", Welcome, null));
        Assert.Equal(ExpoErrors.Unavailable, failed.Code);

        var retried = await board.PublishAsync(expo.Organiser.VisitorId, "op-1", Welcome, null);
        Assert.Equal(1, retried.Version);
        Assert.Equal([Welcome], retried.Announcements.Select(a => a.Text));
    }

    [Fact]
    public async Task OnlyOrganisersPublishOrWithdrawAndARefusalChangesNothing()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var board = fixture.Client.GetGrain<IAnnouncementsGrain>(expo.ExpoId);
        await board.PublishAsync(expo.Organiser.VisitorId, "op-1", Welcome, null);
        var visitor = await expo.RegisterAsync();
        var owner = await expo.OwnerAsync();

        foreach (var actor in new[] { visitor.VisitorId, owner.VisitorId, "no such visitor", "" })
        {
            var publish = await Assert.ThrowsAsync<ExpoException>(() => board.PublishAsync(actor, "op-x", Tea, null));
            var withdraw = await Assert.ThrowsAsync<ExpoException>(() => board.WithdrawAsync(actor, "op-y", null));
            Assert.Equal(ExpoErrors.Forbidden, publish.Code);
            Assert.Equal(ExpoErrors.Forbidden, withdraw.Code);
        }

        var after = await board.GetAsync();
        Assert.Equal(1, after.Version);
        Assert.Equal([Welcome], after.Announcements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("", "中文", null, "op-1")]
    [InlineData("English", " ", null, "op-1")]
    [InlineData("Bell\a", "中文", null, "op-1")]
    [InlineData("English", "中文", "no-such-pavilion", "op-1")]
    [InlineData("English", "中文", null, "")]
    public async Task BadInputIsRefusedAsInvalidAndChangesNothing(string en, string zh, string? pavilionId, string operationId)
    {
        var expo = await Staffing.CreateAsync(fixture);
        var board = fixture.Client.GetGrain<IAnnouncementsGrain>(expo.ExpoId);

        var refused = await Assert.ThrowsAsync<ExpoException>(() => board.PublishAsync(expo.Organiser.VisitorId, operationId, new(en, zh), pavilionId));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
        Assert.Equal(new AnnouncementBoard(0, []), await board.GetAsync(), new BoardComparer());
    }

    [Fact]
    public async Task TooLongATextIsRefused()
    {
        var expo = await Staffing.CreateAsync(fixture);
        var board = fixture.Client.GetGrain<IAnnouncementsGrain>(expo.ExpoId);
        var text = new LocalizedText(new string('a', AnnouncementRules.MaxLength + 1), "中文");

        var refused = await Assert.ThrowsAsync<ExpoException>(() => board.PublishAsync(expo.Organiser.VisitorId, "op-1", text, null));

        Assert.Equal(ExpoErrors.InvalidInput, refused.Code);
    }

    private static async Task<string> PavilionOfAsync(Staffing expo) => (await expo.Expo.GetAsync())!.Pavilions[0].Id;

    private sealed class BoardComparer : IEqualityComparer<AnnouncementBoard>
    {
        public bool Equals(AnnouncementBoard? x, AnnouncementBoard? y) =>
            x!.Version == y!.Version && x.Announcements.SequenceEqual(y.Announcements);

        public int GetHashCode(AnnouncementBoard obj) => obj.Version.GetHashCode();
    }
}
