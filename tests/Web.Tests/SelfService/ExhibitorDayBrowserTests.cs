using System.Text;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.SelfService;

/// <summary>The exhibitor's main path in Chromium: sign in, edit the booth, upload a brochure, see a visitor arrive, export the leads.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ExhibitorDayBrowserTests(ExpoClusterFixture cluster) : BrowserTest(cluster)
{
    private const string Booth = "licheng-quanzhou-culture-tourism";
    [Fact]
    public async Task AnExhibitorSignsInEditsTheBoothUploadsABrochureSeesAVisitorArriveAndExportsLeads()
    {
        var organiser = await AccountClient.OrganiserAsync(Cluster.WebA);
        var ownerEmail = AccountClient.NewEmail();
        await AccountClient.RegisterAsync(Cluster.WebA, "Lin Hui", await organiser.InviteAsync(Booth, "owner"), ownerEmail);
        var visitorEmail = AccountClient.NewEmail();
        await AccountClient.RegisterAsync(Cluster.WebA, "Amina Karimova", email: visitorEmail);

        var exhibitor = await SignedInAsync(ownerEmail);
        await exhibitor.GotoAsync($"{BaseUrl}#/my-booths/{Booth}");
        await exhibitor.FillAsync("#profile-nameEn", "Licheng Heritage Tours");
        await exhibitor.FillAsync("#profile-nameZh", "鲤城遗产之旅");
        await exhibitor.ClickAsync("#profile-save");
        await Assertions.Expect(exhibitor.Locator("#profile-status")).ToContainTextAsync("Saved");
        // The file box speaks the page's language, not the browser's: it shows the chosen file, then none again.
        var chosen = exhibitor.Locator("#media-form .file-picker__chosen");
        await Assertions.Expect(chosen).ToHaveTextAsync("No file chosen");
        await exhibitor.SetInputFilesAsync("#media-file", new FilePayload { Name = "heritage-tours.pdf", MimeType = "application/pdf", Buffer = MediaSamples.Pdf() });
        await Assertions.Expect(chosen).ToHaveTextAsync("heritage-tours.pdf");
        await exhibitor.ClickAsync("#media-form button[type=submit]");
        await Assertions.Expect(exhibitor.Locator("#media-status")).ToContainTextAsync("Uploaded heritage-tours.pdf");
        await Assertions.Expect(chosen).ToHaveTextAsync("No file chosen");
        await exhibitor.ClickAsync("#lang-zh");
        await Assertions.Expect(exhibitor.Locator("#media-form .file-picker__button")).ToHaveTextAsync("选择文件");
        await Assertions.Expect(chosen).ToHaveTextAsync("未选择文件");
        await exhibitor.ClickAsync("#lang-en");
        await Assertions.Expect(exhibitor.Locator("#media-list")).ToContainTextAsync("heritage-tours.pdf");
        await exhibitor.SetInputFilesAsync("#media-file", new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = MediaSamples.Png });
        await exhibitor.ClickAsync("#media-form button[type=submit]");
        await exhibitor.GetByRole(AriaRole.Button, new() { Name = "Use logo.png as logo" }).ClickAsync();
        await Assertions.Expect(exhibitor.GetByRole(AriaRole.Button, new() { Name = "Use logo.png as logo" })).ToHaveAttributeAsync("aria-pressed", "true");

        var visitor = await SignedInAsync(visitorEmail);
        await visitor.GotoAsync($"{BaseUrl}#/booth/{Booth}");
        await Assertions.Expect(visitor.Locator("#booth-name")).ToHaveTextAsync("Licheng Heritage Tours");
        await Assertions.Expect(visitor.Locator("#connection-state")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(visitor.Locator("#booth-logo")).ToBeVisibleAsync();
        await Assertions.Expect(exhibitor.Locator("#attendee-list")).ToContainTextAsync("Amina Karimova");

        await visitor.CheckAsync("#download-consent");
        var brochure = await visitor.RunAndWaitForDownloadAsync(() => visitor.ClickAsync("#brochure-list button"));
        Assert.Equal("heritage-tours.pdf", brochure.SuggestedFilename);
        await visitor.FillAsync("#contact-message", "我们想预订十月的团队游，请联系我。");
        await visitor.CheckAsync("#contact-consent");
        await visitor.ClickAsync("#contact-form button[type=submit]");
        await Assertions.Expect(visitor.Locator("#contact-status")).ToContainTextAsync("Request sent");

        await exhibitor.ClickAsync("#leads-refresh");
        await Assertions.Expect(exhibitor.Locator("#lead-rows")).ToContainTextAsync("Amina Karimova");
        var export = await exhibitor.RunAndWaitForDownloadAsync(() => exhibitor.ClickAsync("#leads-export-csv"));
        await using var stream = await export.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        var row = Assert.Single(rows, r => r.Contains("Amina Karimova"));
        Assert.Contains("我们想预订十月的团队游，请联系我。", row);
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await Chromium.NewContextAsync(new() { Locale = "en-GB", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await page.ClickAsync("#nav-sign-in");
        await page.FillAsync("#sign-in-email", email);
        await page.FillAsync("#sign-in-password", AccountClient.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#sign-in-form")).ToHaveCountAsync(0);
        return page;
    }
}
