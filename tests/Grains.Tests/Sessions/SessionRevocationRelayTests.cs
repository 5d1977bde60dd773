using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Sessions;

/// <summary>
/// Ending a visitor's sessions is answered once every Web node refuses them: an owner told "removed" can rely on the
/// removed member being refused on every node at once. A node that never answers delays the answer only a little.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionRevocationRelayTests(ClusterFixture fixture)
{
    private IClusterClient Client => fixture.Client;

    private ISessionRevocationRelayGrain Relay => Client.GetGrain<ISessionRevocationRelayGrain>(SessionRules.RelayKey);

    [Fact]
    public async Task EndingEverySessionIsAnsweredOnlyAfterASlowNodeAppliedIt()
    {
        var slow = new RevocationListener(answerAfter: TimeSpan.FromMilliseconds(500));
        await slow.SubscribeAsync(Client);
        var visitorId = TestKeys.New("visitor");
        try
        {
            var standing = await Client.GetGrain<IVisitorSessionsGrain>(visitorId).RevokeAllAsync("role on booth changed");

            Assert.Contains(slow.Applied, s => s.VisitorId == visitorId && s.Epoch == standing.Epoch);
        }
        finally
        {
            await Relay.UnsubscribeAsync(slow.NodeId);
        }
    }

    [Fact]
    public async Task ANodeThatNeverAnswersDoesNotHoldUpTheRevocationWhichIsStored()
    {
        var silent = new RevocationListener(answerAfter: null);
        var prompt = new RevocationListener(answerAfter: TimeSpan.Zero);
        await silent.SubscribeAsync(Client);
        await prompt.SubscribeAsync(Client);
        var visitorId = TestKeys.New("visitor");
        var sessions = Client.GetGrain<IVisitorSessionsGrain>(visitorId);
        try
        {
            var before = await sessions.GetStandingAsync();

            var standing = await sessions.RevokeAllAsync("signed out").WaitAsync(SessionRules.RelayPatience * 5);

            Assert.Equal(before.Epoch + 1, standing.Epoch);
            Assert.Equal(standing.Epoch, (await sessions.GetStandingAsync()).Epoch);
            Assert.Contains(prompt.Applied, s => s.VisitorId == visitorId && s.Epoch == standing.Epoch);
        }
        finally
        {
            await Relay.UnsubscribeAsync(silent.NodeId);
            await Relay.UnsubscribeAsync(prompt.NodeId);
        }
    }
}
