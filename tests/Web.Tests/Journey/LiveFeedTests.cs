using System.Net;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Journey;

/// <summary>The anonymous read-only live feed over HTTP: it needs no session, starts with the counts, and is bounded per address.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class LiveFeedTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task AnAnonymousReaderGetsTheCountsAndOneAddressCannotHoldMoreThanItsShareOfFeeds()
    {
        // Every test client of a node shares one (unknown) address, so the 33rd open feed is refused.
        var http = cluster.WebB.CreateClient();
        var open = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < 32; i++)
            {
                var response = await http.GetAsync("/api/live", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
                open.Add(response);
            }

            var refused = await http.GetAsync("/api/live", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");

            using var reader = new StreamReader(await open[0].Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
            string? line;
            do
            {
                line = await reader.ReadLineAsync(TestContext.Current.CancellationToken);
            }
            while (line is not null && line != "event: counts");

            Assert.Equal("event: counts", line);
            Assert.StartsWith("data: {\"booths\":{", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            foreach (var response in open)
            {
                response.Dispose();
            }
        }
    }
}
