using System.Net;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.SelfService;

[Collection(ExpoClusterCollection.Name)]
public sealed class CatalogueHttpTests(ExpoClusterFixture cluster)
{
    private const string Booth = "shaanxi-travel-agency-association-library-school-committee";

    [Fact]
    public async Task StaffBuildTheCatalogueOnOneNodeAndVisitorsSeeItsVisibleItemsOnAnother()
    {
        var owner = await OwnerAsync();
        var image = await owner.UploadOkAsync(Booth, MediaSamples.Png, "tea.png");
        var imageId = image.GetProperty("id").GetString()!;
        var tea = await owner.CreateItemAsync(Booth, BoothRequests.Item("Oolong", price: new { amount = 88.8m, currency = "CNY" }, imageIds: [imageId]));
        var route = await owner.CreateItemAsync(Booth, BoothRequests.Item("Tea route", "茶路"));
        var teaId = tea.GetProperty("id").GetString()!;
        var routeId = route.GetProperty("id").GetString()!;

        await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/items/{routeId}/hidden",
            new { operationId = Guid.NewGuid().ToString(), hidden = true })).JsonAsync();
        var all = await owner.Http.GetJsonAsync($"/api/booths/{Booth}/catalogue/manage");
        var order = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        order.Remove(routeId);
        order.Insert(0, routeId);
        await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/order", new { operationId = Guid.NewGuid().ToString(), itemIds = order })).JsonAsync();

        var seen = await AccountClient.Anonymous(cluster.WebB).Http.GetJsonAsync($"/api/booths/{Booth}/catalogue");
        var visible = seen.GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(visible, i => i.GetProperty("id").GetString() == routeId);
        var shown = Assert.Single(visible, i => i.GetProperty("id").GetString() == teaId);
        Assert.Equal(88.8m, shown.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("CNY", shown.GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal("乌龙茶", shown.GetProperty("title").GetProperty("zh").GetString());
        Assert.Equal(imageId, shown.GetProperty("imageIds")[0].GetString());
        Assert.Contains(seen.GetProperty("media").EnumerateArray(), m => m.GetProperty("url").GetString() == $"/media/{Booth}/{imageId}");
        var branded = await (await owner.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/branding",
            new { operationId = Guid.NewGuid().ToString(), logoId = imageId, bannerId = (string?)null })).JsonAsync();
        Assert.Equal(imageId, branded.GetProperty("logoId").GetString());
        Assert.Equal(imageId, (await AccountClient.Anonymous(cluster.WebB).Http.GetJsonAsync($"/api/booths/{Booth}/catalogue")).GetProperty("logoId").GetString());
        Assert.Equal(routeId, (await owner.Http.GetJsonAsync($"/api/booths/{Booth}/catalogue/manage")).GetProperty("items")[0].GetProperty("id").GetString());

        var deleted = await owner.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/catalogue/items/{teaId}?operationId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain((await AccountClient.Anonymous(cluster.WebA).Http.GetJsonAsync($"/api/booths/{Booth}/catalogue")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetString() == teaId);
    }

    [Fact]
    public async Task ARetriedCreateAddsOneItem()
    {
        var owner = await OwnerAsync();
        var item = BoothRequests.Item($"Retry {Guid.NewGuid():N}");

        var first = await owner.CreateItemAsync(Booth, item);
        var again = await owner.CreateItemAsync(Booth, item);

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        var title = first.GetProperty("title").GetProperty("en").GetString();
        Assert.Single((await owner.Http.GetJsonAsync($"/api/booths/{Booth}/catalogue/manage")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("title").GetProperty("en").GetString() == title);
    }

    [Theory]
    [InlineData("bad-currency")]
    [InlineData("no-title")]
    [InlineData("unknown-kind")]
    [InlineData("no-operation-id")]
    public async Task ABadItemGetsAProblemAndChangesNothing(string mistake)
    {
        var owner = await OwnerAsync();
        var before = await owner.Http.GetStringAsync($"/api/booths/{Booth}/catalogue/manage");
        object body = mistake switch
        {
            "bad-currency" => BoothRequests.Item("Tea", price: new { amount = 1, currency = "RMB" }),
            "no-title" => new { operationId = "op", kind = "dish", title = new { en = "", zh = "" } },
            "unknown-kind" => new { operationId = "op", kind = "spaceship", title = new { en = "Tea", zh = "茶" } },
            _ => new { kind = "dish", title = new { en = "Tea", zh = "茶" } },
        };

        await (await owner.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/catalogue/items", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");

        Assert.Equal(before, await owner.Http.GetStringAsync($"/api/booths/{Booth}/catalogue/manage"));
    }

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var actor in new[] { "anonymous", "guest", "visitor", "other-booth-owner", "organiser" })
        {
            foreach (var operation in new[] { "read-all", "create", "replace", "hide", "reorder", "delete", "branding" })
            {
                data.Add(operation, actor);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ACatalogueChangeByTheWrongRoleIsRefusedAndChangesNothing(string operation, string actor)
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var owner = await OwnerAsync();
        var item = await owner.CreateItemAsync(Booth, BoothRequests.Item("Kept"));
        var itemId = item.GetProperty("id").GetString();
        var caller = actor switch
        {
            "anonymous" => AccountClient.Anonymous(cluster.WebB),
            "guest" => await AccountClient.GuestAsync(cluster.WebB),
            "visitor" => await AccountClient.RegisterAsync(cluster.WebB),
            "other-booth-owner" => await AccountClient.RegisterAsync(cluster.WebB, invitation: await organiser.InviteAsync("yanan-literature-and-art-society", "owner")),
            _ => organiser,
        };
        var before = await owner.Http.GetStringAsync($"/api/booths/{Booth}/catalogue/manage");

        var response = operation switch
        {
            "read-all" => await caller.Http.GetAsync($"/api/booths/{Booth}/catalogue/manage"),
            "create" => await caller.SendAsync(HttpMethod.Post, $"/api/booths/{Booth}/catalogue/items", BoothRequests.Item("Taken")),
            "replace" => await caller.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/items/{itemId}", BoothRequests.Item("Taken")),
            "hide" => await caller.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/items/{itemId}/hidden", new { operationId = "op", hidden = true }),
            "branding" => await caller.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/branding", new { operationId = "op", logoId = (string?)null }),
            "reorder" => await caller.SendAsync(HttpMethod.Put, $"/api/booths/{Booth}/catalogue/order", new { operationId = "op", itemIds = new[] { itemId } }),
            _ => await caller.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/catalogue/items/{itemId}?operationId=op"),
        };

        await response.AssertProblemAsync(
            actor == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, actor == "anonymous" ? "unauthorized" : "forbidden");
        Assert.Equal(before, await owner.Http.GetStringAsync($"/api/booths/{Booth}/catalogue/manage"));
    }

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        return await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(Booth, "owner"));
    }
}
