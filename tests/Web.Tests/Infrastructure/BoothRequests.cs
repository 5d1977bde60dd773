using System.Net.Http.Headers;
using System.Text.Json;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>Catalogue, media and lead requests as the front end sends them.</summary>
public static class BoothRequests
{
    public static Task<HttpResponseMessage> UploadAsync(this AccountClient client, string boothId, byte[] bytes, string fileName, string declaredType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        return client.UploadAsync(boothId, content, fileName, Guid.NewGuid().ToString());
    }

    public static Task<HttpResponseMessage> UploadAsync(this AccountClient client, string boothId, HttpContent content, string fileName, string operationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post,
            $"/api/booths/{boothId}/media?operationId={operationId}&fileName={Uri.EscapeDataString(fileName)}") { Content = content };
        if (client.CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", client.CsrfToken);
        }

        return client.Http.SendAsync(request);
    }

    public static async Task<JsonElement> UploadOkAsync(this AccountClient client, string boothId, byte[] bytes, string fileName) =>
        await (await client.UploadAsync(boothId, bytes, fileName, "application/octet-stream")).JsonAsync();

    public static object Item(string titleEn, string titleZh = "乌龙茶", object? price = null, string[]? imageIds = null) => new
    {
        operationId = Guid.NewGuid().ToString(),
        kind = "product",
        title = new { en = titleEn, zh = titleZh },
        description = new { en = "Spring harvest.", zh = "春茶。" },
        tags = new[] { "tea" },
        price,
        imageIds = imageIds ?? [],
    };

    public static async Task<JsonElement> CreateItemAsync(this AccountClient client, string boothId, object item) =>
        await (await client.SendAsync(HttpMethod.Post, $"/api/booths/{boothId}/catalogue/items", item)).JsonAsync();
}
