using Expo.Grains.Booths;

namespace Expo.Grains.Tests.Infrastructure;

internal static class ClusterExtensions
{
    public static async Task<(IBoothGrain Booth, BoothProfile Profile)> SeedBoothAsync(this ClusterFixture fixture)
    {
        var profile = TestKeys.Profile(TestKeys.New());
        var booth = fixture.Client.GetGrain<IBoothGrain>(profile.Id);
        await booth.SeedAsync(TestKeys.New("expo"), profile);
        return (booth, profile);
    }

    /// <summary>Subscribes a fresh listener under a fresh Web node id; the listener holds its reference alive.</summary>
    public static async Task<BoothListener> ListenAsync(this ClusterFixture fixture, IBoothGrain booth)
    {
        var listener = new BoothListener(fixture.Client, TestKeys.New("node"));
        await booth.SubscribeAsync(listener.NodeId, listener.Reference);
        return listener;
    }

    /// <summary>The key of the journal shard that holds the booth's new lines.</summary>
    public static string JournalKey(this ClusterFixture fixture, string boothId) =>
        ChatJournalKeys.For(boothId, fixture.Chat.JournalShards);

    public static IChatJournalGrain Journal(this ClusterFixture fixture, string boothId) =>
        fixture.Client.GetGrain<IChatJournalGrain>(fixture.JournalKey(boothId));
}
