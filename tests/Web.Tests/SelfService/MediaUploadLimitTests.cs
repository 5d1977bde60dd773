using System.Net;
using Expo.Web.Media;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Expo.Web.Tests.SelfService;

/// <summary>
/// The booth decides before an upload's bytes are read or stored, a file over its kind's limit is refused with 413,
/// and a retried upload ends with one file and one record.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class MediaUploadLimitTests(ExpoClusterFixture cluster)
{
    private const string Booth = "kung-fu-animation";

    private MediaStore Store => cluster.WebA.Services.GetRequiredService<MediaStore>();

    [Theory]
    [InlineData("png")]
    [InlineData("pdf")]
    public async Task AFileOverItsKindsLimitIsRefusedWith413AndLeavesNothingBehind(string kind)
    {
        var owner = await OwnerAsync();
        var bytes = kind == "png" ? Padded(MediaSamples.Png, (int)ExpoClusterFixture.MaxImageBytes) : MediaSamples.Pdf((int)ExpoClusterFixture.MaxBrochureBytes);
        var blobsBefore = await Store.ListAsync(Booth);

        var response = await owner.UploadAsync(Booth, bytes, $"big.{kind}", "application/octet-stream");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "too_large");
        Assert.Contains("at most", (await response.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.Equal(blobsBefore.Order(), (await Store.ListAsync(Booth)).Order());
    }

    [Fact]
    public async Task AFormerStaffMembersUploadIsRefusedByTheBoothBeforeItsBytesAreRead()
    {
        var owner = await OwnerAsync();
        var member = await AccountClient.RegisterAsync(cluster.WebA, "Member", await owner.InviteAsync(Booth, "member"));
        await member.UploadOkAsync(Booth, MediaSamples.Png, "mine.png");
        var removed = await owner.SendAsync(HttpMethod.Delete, $"/api/booths/{Booth}/staff/{member.VisitorId}?operationId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        // The removal ended the member's sessions; signed in again, they carry no role in the booth the Web node could refuse on.
        member = await AccountClient.SignInAsync(cluster.WebA, member.Email, AccountClient.Password);
        var blobsBefore = await Store.ListAsync(Booth);

        // Not a file at all: a check of the bytes would answer invalid_input, so the booth's refusal shows it came first.
        var notAFile = await member.UploadAsync(Booth, MediaSamples.Html, "page.png", "image/png");
        var png = await member.UploadAsync(Booth, MediaSamples.Png, "logo.png", "image/png");

        await notAFile.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await png.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(blobsBefore.Order(), (await Store.ListAsync(Booth)).Order());
    }

    [Fact]
    public async Task AnUploadSentAgainWithTheSameOperationIdEndsWithOneFileAndOneRecord()
    {
        var owner = await OwnerAsync();
        var operationId = Guid.NewGuid().ToString();
        var blobsBefore = await Store.ListAsync(Booth);

        var first = await (await owner.UploadAsync(Booth, new ByteArrayContent(MediaSamples.Gif), "a.gif", operationId)).JsonAsync();
        var again = await (await owner.UploadAsync(Booth, new ByteArrayContent(MediaSamples.Gif), "a.gif", operationId)).JsonAsync();

        var id = first.GetProperty("id").GetString()!;
        Assert.Equal(id, again.GetProperty("id").GetString());
        Assert.Equal([$"{Booth}/{id}"], (await Store.ListAsync(Booth)).Except(blobsBefore));
        var served = await AccountClient.Anonymous(cluster.WebB).Http.GetAsync(first.GetProperty("url").GetString());
        Assert.Equal(MediaSamples.Gif, await served.Content.ReadAsByteArrayAsync());
    }

    private async Task<AccountClient> OwnerAsync()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);
        return await AccountClient.RegisterAsync(cluster.WebA, "Owner", await organiser.InviteAsync(Booth, "owner"));
    }

    private static byte[] Padded(byte[] png, int atLeast) => [.. png[..^12], .. new byte[atLeast], .. png[^12..]];
}
