using System.Net;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Capacity;

/// <summary>Setting a booth's cap over HTTP: who may, which values, and that a refusal changes nothing.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class CapacityHttpTests(ExpoClusterFixture cluster)
{
    private const string Booth = "xiangqiao-chaozhou-culture-tourism";
    private const string OtherBooth = "journey-to-the-west-cultural-research-association";

    [Fact]
    public async Task TheBoothsOwnerSetsTheCapAndOthersAndBadValuesAreRefusedWithNothingChanged()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await AccountClient.RegisterAsync(cluster.WebA, "Owner Chen", await organiser.InviteAsync(Booth, "owner"));
        var otherOwner = await AccountClient.RegisterAsync(cluster.WebB, "Owner Li", await organiser.InviteAsync(OtherBooth, "owner"));
        var visitor = await AccountClient.RegisterAsync(cluster.WebB, "Amina");
        var guest = await AccountClient.GuestAsync(cluster.WebA);
        try
        {
            var set = await (await owner.SendAsync(HttpMethod.Put, Path, new { operationId = "cap-1", capacity = 40 })).JsonAsync();
            Assert.Equal((Booth, 40), (set.GetProperty("boothId").GetString(), set.GetProperty("capacity").GetInt32()));

            await (await visitor.SendAsync(HttpMethod.Put, Path, new { operationId = "cap-2", capacity = 1 })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await otherOwner.SendAsync(HttpMethod.Put, Path, new { operationId = "cap-3", capacity = 1 })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await guest.SendAsync(HttpMethod.Put, Path, new { operationId = "cap-4", capacity = 1 })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await owner.SendAsync(HttpMethod.Put, Path, new { operationId = "cap-5", capacity = 0 })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
            await (await owner.SendAsync(HttpMethod.Put, Path, new { operationId = "cap-6", capacity = 10_001 })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
            await (await owner.SendAsync(HttpMethod.Put, Path, new { capacity = 5 })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
            await (await owner.SendAsync(HttpMethod.Put, "/api/booths/no-such-booth/capacity", new { operationId = "cap-7", capacity = 5 }))
                .AssertProblemAsync(HttpStatusCode.NotFound, "booth_not_found");

            var read = await AccountClient.Anonymous(cluster.WebB).Http.GetJsonAsync(Path);
            Assert.Equal(40, read.GetProperty("capacity").GetInt32());
            Assert.Equal(0, read.GetProperty("queueLength").GetInt32());
        }
        finally
        {
            await (await organiser.SendWithinLimitsAsync(HttpMethod.Put, Path, new { operationId = Guid.NewGuid().ToString("N"), capacity = (int?)null })).JsonAsync();
        }
    }

    private static string Path => $"/api/booths/{Booth}/capacity";
}
