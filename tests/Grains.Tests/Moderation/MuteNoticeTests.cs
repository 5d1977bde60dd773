using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Moderation;

/// <summary>A booth tells the Web nodes when a visitor inside is muted and when that mute runs out, without being asked.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MuteNoticeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AMuteOfAVisitorInsideIsAnnouncedAndSoIsItsExpiry()
    {
        var (booth, profile) = await fixture.SeedBoothAsync();
        var listener = await fixture.ListenAsync(booth);
        var (ada, outside) = (TestKeys.Visitor(), TestKeys.Visitor());
        await booth.EnterAsync("c1", ada);
        var now = fixture.Time.GetUtcNow();
        Sanction Mute(VisitorRef who, string id) =>
            new(id, ModerationRules.Mute, who.VisitorId, who.DisplayName, profile.Id, now + TimeSpan.FromSeconds(1), "Flooding", "org", "Organiser", now);

        await booth.ApplySanctionsAsync(new BoothSanctions(1, [Mute(outside, "s-0"), Mute(ada, "s-1")]));

        var muted = await listener.NextMuteAsync();
        Assert.Equal(new MuteChanged(profile.Id, ada.VisitorId, true, now + TimeSpan.FromSeconds(1), "Flooding"), muted);

        // Nobody lifts it: the booth notices the end of the mute itself and says so.
        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(new MuteChanged(profile.Id, ada.VisitorId, false, null, null), await listener.NextMuteAsync());
        Assert.False(listener.HasPendingMute, "a visitor who is not inside hears nothing");
    }
}
