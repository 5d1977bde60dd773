using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.SelfService;

/// <summary>Every catalogue, media and lead endpoint is in the OpenAPI document and in docs/api.md.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class SelfServiceDocumentationTests(ExpoClusterFixture cluster)
{
    public static TheoryData<string, string> Endpoints() => new()
    {
        { "get", "/api/booths/{boothId}/catalogue" },
        { "get", "/api/booths/{boothId}/catalogue/manage" },
        { "post", "/api/booths/{boothId}/catalogue/items" },
        { "put", "/api/booths/{boothId}/catalogue/items/{itemId}" },
        { "put", "/api/booths/{boothId}/catalogue/items/{itemId}/hidden" },
        { "delete", "/api/booths/{boothId}/catalogue/items/{itemId}" },
        { "put", "/api/booths/{boothId}/catalogue/order" },
        { "put", "/api/booths/{boothId}/catalogue/branding" },
        { "post", "/api/booths/{boothId}/media" },
        { "delete", "/api/booths/{boothId}/media/{mediaId}" },
        { "get", "/media/{boothId}/{mediaId}" },
        { "get", "/api/leads/consent" },
        { "post", "/api/booths/{boothId}/contact-requests" },
        { "post", "/api/booths/{boothId}/cards" },
        { "post", "/api/booths/{boothId}/downloads" },
        { "get", "/api/booths/{boothId}/leads" },
        { "put", "/api/booths/{boothId}/leads/{visitorId}" },
        { "get", "/api/booths/{boothId}/leads/export" },
        { "get", "/api/booths/{boothId}/staff-online" },
        { "get", "/api/booths/{boothId}/attendees" },
        { "post", "/api/booths/{boothId}/chat-invitations" },
        { "get", "/api/booths/{boothId}/analytics" },
        { "get", "/api/directory" },
        { "get", "/api/me/favourites" },
        { "put", "/api/me/favourites/{boothId}" },
        { "delete", "/api/me/favourites/{boothId}" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task TheEndpointIsInTheOpenApiDocumentAndInTheApiDocs(string method, string path)
    {
        var document = await cluster.WebA.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var docs = await File.ReadAllTextAsync(RepoPaths.Of("docs", "api.md"));

        Assert.True(document.GetProperty("paths").GetProperty(path).TryGetProperty(method, out _), $"{method} {path} is not in the OpenAPI document.");
        Assert.Contains($"{method.ToUpperInvariant()} {path}", docs);
    }
}
