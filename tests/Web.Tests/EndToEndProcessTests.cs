using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Tests;

/// <summary>The real processes, as the run command starts them: Azurite, a Silo and two Web nodes.</summary>
public sealed class EndToEndProcessTests
{
    private const string Booth = "beilin-xian-culture-tourism";

    [Fact]
    public async Task ChatCrossesWebNodesAndSurvivesASiloCrash()
    {
        await using var expo = await ExpoProcesses.StartStorageAsync();
        var silo = await expo.StartSiloAsync();
        var webA = await expo.StartWebAsync();
        var webB = await expo.StartWebAsync();

        // The session comes from node A and is used on node B too: the nodes share their keys through blob storage.
        var aliceSession = await ExpoHubClient.StartGuestAsync(new HttpClient { BaseAddress = webA }, "Alice");
        var bobSession = await ExpoHubClient.StartGuestAsync(new HttpClient { BaseAddress = webA }, "Bob");
        await using var alice = await ExpoHubClient.ConnectAsync(webA, aliceSession);
        await using var bob = await ExpoHubClient.ConnectAsync(webB, bobSession);
        await alice.EnterBoothAsync(Booth);
        await bob.EnterBoothAsync(Booth);

        var first = await alice.SendChatAsync(Booth, "from node A");
        Assert.Equal("from node A", (await bob.WaitForChatAsync(m => m.Sequence == first)).Text);
        var second = await bob.SendChatAsync(Booth, "from node B");
        Assert.Equal("from node B", (await alice.WaitForChatAsync(m => m.Sequence == second)).Text);

        await silo.KillAsync();
        await expo.StartSiloAsync(inPlaceOf: silo);

        // A Web node started now reads the catalogue back from storage to become ready.
        var webC = await expo.StartWebAsync();
        var expoView = await new HttpClient { BaseAddress = webC }.GetStringAsync("api/expo");
        Assert.Contains("\"beilin-xian\"", expoView);

        // Acknowledged lines were stored before the acknowledgement, so the new silo has them.
        var history = await RetryAsync(() => bob.ChatSinceAsync(Booth, 0));
        Assert.Equal([(first, "from node A"), (second, "from node B")], history.Select(m => (m.Sequence, m.Text)));

        // Live chat resumes once the Web nodes have renewed their subscriptions on the new activation.
        const string clientMessageId = "after-the-crash";
        var third = await RetryAsync(() => alice.SendChatAsync(Booth, "still here", clientMessageId));
        Assert.Equal(second + 1, third);
        var fourth = await RetryUntilDeliveredAsync(alice, bob);
        Assert.True(fourth > third);
    }

    private static async Task<long> RetryUntilDeliveredAsync(ExpoHubClient sender, ExpoHubClient receiver)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var sequence = await RetryAsync(() => sender.SendChatAsync(Booth, "can you hear me?"));
            try
            {
                await receiver.WaitForChatAsync(m => m.Sequence == sequence).WaitAsync(TimeSpan.FromSeconds(3));
                return sequence;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // The receiver's node has not re-subscribed yet; it does within one renewal interval.
            }
        }
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (HubException) when (DateTime.UtcNow < deadline)
            {
                // The cluster is still noticing the dead silo; the same call is safe to repeat.
                await Task.Delay(500);
            }
        }
    }
}
