using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Limits;

/// <summary>
/// One visitor whose client stops reading its socket, while keeping it open, must not stall anyone else: the other
/// visitors of the booth get every line, live, and the node closes the stalled connection after its patience.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class SlowReaderTests(ExpoClusterFixture cluster)
{
    private const string Booth = "shaanxi-travel-agency-association-library-school-committee";
    private const int Senders = 3;
    private const int LinesEach = 200;

    [Fact]
    public async Task AVisitorWhoStopsReadingHoldsUpNoOneElsesChatAndIsClosedAfterThePatience()
    {
        var settings = new Dictionary<string, string?>(cluster.Settings)
        {
            // Lines fast enough to fill a socket's buffers in seconds; the limit under test is not the chat rate.
            ["Expo:ChatMessagesPerSecond"] = "1000",
            ["Expo:ChatBurst"] = "1000",
            ["Expo:Hub:SlowReaderPatience"] = "00:00:02",
        };
        await using var node = new ExpoWebFactory(settings);
        var port = node.StartOnFreePort();
        await ExpoClusterFixture.WaitUntilReadyAsync(node);
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = address };

        var stalledVisitor = await ExpoHubClient.StartGuestAsync(http, "Never reads");
        await using var stalled = await StalledReaderClient.EnterAsync(address, stalledVisitor.Token, Booth);
        await using var witness = await ExpoHubClient.ConnectAsync(address, await ExpoHubClient.StartGuestAsync(http, "Reads everything"));
        var entered = await witness.EnterBoothAsync(Booth);
        var since = entered.LastSequence;
        if (entered.Visitors.All(v => v.VisitorId != stalledVisitor.VisitorId))
        {
            await witness.WaitForPresenceAsync(p => p.BoothId == Booth && p.Joined.Any(v => v.VisitorId == stalledVisitor.VisitorId));
        }

        var senders = new List<ExpoHubClient>();
        for (var i = 0; i < Senders; i++)
        {
            var sender = await ExpoHubClient.ConnectAsync(address, await ExpoHubClient.StartGuestAsync(http, $"Sender {i}"));
            await sender.EnterBoothAsync(Booth);
            senders.Add(sender);
        }

        // Each line is the longest allowed, of characters JSON escapes to six bytes: about 12 KB on the wire, so the
        // stalled reader's buffers are full after a few hundred.
        var text = new string('丝', 2000);
        await Task.WhenAll(senders.Select(async sender =>
        {
            for (var i = 0; i < LinesEach; i++)
            {
                await sender.SendChatAsync(Booth, text);
            }
        }));

        // Live, not after a freeze: without the guard every send waits for the stalled connection once its buffers are
        // full, and the reading visitor gets nothing more until the server gives up on it about ten seconds later.
        await Eventually.WaitAsync("the reading visitor gets every line", () => witness.Chat.Count(m => m.Sequence > since) >= Senders * LinesEach,
            TimeSpan.FromSeconds(5), () => $"{witness.Chat.Count(m => m.Sequence > since)} of {Senders * LinesEach} arrived");
        // Closed by the node: the booth hears the visitor leave, as after any dropped connection.
        await witness.WaitForPresenceAsync(p => p.BoothId == Booth && p.Left.Any(v => v.VisitorId == stalledVisitor.VisitorId));

        foreach (var sender in senders)
        {
            await sender.DisposeAsync();
        }
    }
}
