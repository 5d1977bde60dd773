using System.Net;
using Expo.Web.Media;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Expo.Web.Tests.SelfService;

/// <summary>Uploads against Azurite: files are taken for what their bytes are, and a refused file leaves nothing behind.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class MediaUploadTests(ExpoClusterFixture cluster)
{
    private const string Booth = "kung-fu-animation";

    private MediaStore Store => cluster.WebA.Services.GetRequiredService<MediaStore>();

    public static TheoryData<string, string, string, string> GoodFiles() => new()
    {
        // sample, name given, type found, disposition
        { "png", "logo.jpg", "image/png", "inline" },
        { "jpeg", "photo", "image/jpeg", "inline" },
        { "gif", "banner.gif", "image/gif", "inline" },
        { "webp", "item.webp", "image/webp", "inline" },
        { "pdf", "Runpu brochure 润普.pdf", "application/pdf", "attachment" },
        { "mp4", "clip.mov", "video/mp4", "inline" },
        { "webm", "clip.webm", "video/webm", "inline" },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public async Task AGoodFileIsStoredUnderAGeneratedNameAndServedAsWhatItIs(string sample, string fileName, string contentType, string disposition)
    {
        var owner = await OwnerAsync();
        var bytes = Sample(sample);

        var media = await (await owner.UploadAsync(Booth, bytes, fileName, "text/html")).JsonAsync();

        var id = media.GetProperty("id").GetString()!;
        Assert.Equal(contentType, media.GetProperty("contentType").GetString());
        Assert.Equal(bytes.Length, media.GetProperty("length").GetInt64());
        Assert.Contains($"{Booth}/{id}", await Store.ListAsync(Booth));
        var served = await AccountClient.Anonymous(cluster.WebB).Http.GetAsync(media.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(disposition, served.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        var listed = (await owner.Http.GetJsonAsync($"/api/booths/{Booth}/catalogue")).GetProperty("media").EnumerateArray();
        Assert.Contains(listed, m => m.GetProperty("id").GetString() == id);
    }

    public static TheoryData<string> BadFiles() =>
        ["html-named-png", "svg", "truncated-png", "truncated-jpeg", "truncated-pdf", "truncated-mp4", "empty", "riff-size-lies"];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task AFileThatFailsACheckIsRefusedWithAClearMessageAndLeavesNothingBehind(string mistake)
    {
        var owner = await OwnerAsync();
        var (bytes, name, type) = mistake switch
        {
            "html-named-png" => (MediaSamples.Html, "logo.png", "image/png"),
            "svg" => (MediaSamples.Svg, "logo.svg", "image/svg+xml"),
            "truncated-png" => (MediaSamples.Truncated(MediaSamples.Png), "logo.png", "image/png"),
            "truncated-jpeg" => (MediaSamples.Truncated(MediaSamples.Jpeg), "photo.jpg", "image/jpeg"),
            "truncated-pdf" => (MediaSamples.Truncated(MediaSamples.Pdf()), "brochure.pdf", "application/pdf"),
            "truncated-mp4" => (MediaSamples.Mp4[..^4], "clip.mp4", "video/mp4"),
            "riff-size-lies" => ([.. MediaSamples.WebP, 0, 0], "item.webp", "image/webp"),
            _ => (Array.Empty<byte>(), "empty.png", "image/png"),
        };
        var blobsBefore = await Store.ListAsync(Booth);
        var mediaBefore = await MediaIdsAsync(owner);

        var response = await owner.UploadAsync(Booth, bytes, name, type);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        var detail = (await response.Content.ReadAsStringAsync()).ToLowerInvariant();
        Assert.Contains("content was checked", detail);
        Assert.Equal(blobsBefore.Order(), (await Store.ListAsync(Booth)).Order());
        Assert.Equal(mediaBefore, await MediaIdsAsync(owner));
    }

    [Fact]
    public async Task OnlyTheBoothsStaffUploadOrDeleteFiles()
    {
        var owner = await OwnerAsync();
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        var file = await owner.UploadOkAsync(Booth, MediaSamples.Png, "logo.png");
        var fileId = file.GetProperty("id").GetString();
        var blobsBefore = await Store.ListAsync(Booth);
        var callers = new[]
        {
            AccountClient.Anonymous(cluster.WebB), await AccountClient.GuestAsync(cluster.WebB), await AccountClient.RegisterAsync(cluster.WebB),
            await AccountClient.RegisterAsync(cluster.WebB, invitation: await organiser.InviteAsync("yanan-literature-and-art-society", "owner")),
        };

        foreach (var caller in callers)
        {
            var status = caller.CsrfToken is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            var code = caller.CsrfToken is null ? "unauthorized" : "forbidden";
            await (await caller.UploadAsync(Booth, MediaSamples.Png, "logo.png", "image/png")).AssertProblemAsync(status, code);
            await (await caller.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/media/{fileId}?operationId=op")).AssertProblemAsync(status, code);
        }

        Assert.Equal(blobsBefore.Order(), (await Store.ListAsync(Booth)).Order());
        Assert.Contains(fileId, await MediaIdsAsync(owner));
    }

    [Fact]
    public async Task DeletingAFileRemovesItsBlobAndItsRecord()
    {
        var owner = await OwnerAsync();
        var file = await owner.UploadOkAsync(Booth, MediaSamples.Pdf(), "brochure.pdf");
        var id = file.GetProperty("id").GetString()!;

        var deleted = await owner.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/media/{id}?operationId={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain($"{Booth}/{id}", await Store.ListAsync(Booth));
        Assert.DoesNotContain(id, await MediaIdsAsync(owner));
        await (await owner.Http.GetAsync(file.GetProperty("url").GetString())).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        return await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(Booth, "owner"));
    }

    private static async Task<List<string>> MediaIdsAsync(AccountClient owner) =>
        [.. (await owner.Http.GetJsonAsync($"/api/booths/{Booth}/catalogue/manage")).GetProperty("media").EnumerateArray()
            .Select(m => m.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private static byte[] Sample(string name) => name switch
    {
        "png" => MediaSamples.Png,
        "jpeg" => MediaSamples.Jpeg,
        "gif" => MediaSamples.Gif,
        "webp" => MediaSamples.WebP,
        "pdf" => MediaSamples.Pdf(),
        "mp4" => MediaSamples.Mp4,
        _ => MediaSamples.WebM,
    };
}
