using System.Buffers.Binary;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Passport;

/// <summary>In Chromium: a full passport's certificate downloads as an SVG and, drawn by the browser, as a PNG.</summary>
public sealed partial class RouteBrowserTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task AFullPassportsCertificateDownloadsAsAPngOfTheCertificatesSizeInBothLanguages()
    {
        var page = await OpenAsync();

        // The page's own session: a guest started from the page, whose token the test's hub client chats with.
        var session = JsonDocument.Parse(await page.EvaluateAsync<string>(
            "async () => JSON.stringify(await (await fetch('/api/auth/guest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ displayName: 'Mei', language: 'en' }) })).json())")).RootElement;
        var guest = new ExpoHubClient.GuestSession(session.GetProperty("visitorId").GetString()!, session.GetProperty("token").GetString()!, "Mei", "en");
        await using (var hub = await ExpoHubClient.ConnectAsync(new Uri(BaseUrl), guest))
        {
            foreach (var (_, boothId) in await PassportApiTests.PavilionsAsync(Cluster.WebA.CreateClient()))
            {
                await hub.EnterBoothAsync(boothId);
                await hub.SendChatAsync(boothId, "A stamp for the certificate");
            }
        }

        await WaitForStampsAsync(page, 8);
        // The session began behind the page's back: a reload lets the page find it.
        await page.GotoAsync($"{BaseUrl}#/passport");
        await page.ReloadAsync();
        var png = page.Locator("#passport-certificate-png");
        await Assertions.Expect(png).ToHaveTextAsync("Download certificate (PNG)");
        await Assertions.Expect(page.Locator("#passport-certificate")).ToHaveTextAsync("Download certificate (SVG)");
        var download = await page.RunAndWaitForDownloadAsync(() => png.ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Equal("silk-road-passport.png", download.SuggestedFilename);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal((1200, 850), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
        Assert.True(bytes.Length > 20_000, $"A drawn certificate, not an empty canvas ({bytes.Length} bytes).");
        await Assertions.Expect(page.Locator("#passport-png-error")).ToBeHiddenAsync();
        Assert.Equal(1200, await page.Locator("#passport-certificate-preview").EvaluateAsync<int>("(img) => img.decode().then(() => img.naturalWidth)"));
        Assert.Empty(await SealTextOutsideItsCircleAsync(page));

        await page.ClickAsync("#lang-zh");
        await Assertions.Expect(png).ToHaveTextAsync("下载证书（PNG）");
        await Assertions.Expect(page.Locator("#passport-certificate")).ToHaveTextAsync("下载证书（SVG）");
        await Assertions.Expect(page.Locator("#passport-certificate-preview")).ToHaveAttributeAsync("alt", "您的丝路护照证书，每个展馆一枚印章");
    }

    /// <summary>
    /// The certificate drawn by this browser, with its fonts: every corner of each seal's text box (pavilion name and
    /// date) lies inside the seal's circle, within its stroke. Long Chinese names overflowed their seals.
    /// </summary>
    private static Task<string[]> SealTextOutsideItsCircleAsync(IPage page) =>
        page.EvaluateAsync<string[]>("""
            async () => {
              const source = await (await fetch('/api/me/passport/certificate')).text();
              const svg = document.importNode(new DOMParser().parseFromString(source, 'image/svg+xml').documentElement, true);
              const box = document.createElement('div');
              box.style.position = 'absolute';
              box.style.visibility = 'hidden';
              box.append(svg);
              document.body.append(box);
              const outside = [];
              const seals = svg.querySelectorAll('circle.seal');
              for (const circle of seals) {
                const [cx, cy] = [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
                const inner = Number(circle.getAttribute('r')) - Number(circle.getAttribute('stroke-width')) / 2;
                const texts = [...svg.querySelectorAll('text[data-seal]')].filter((t) => t.dataset.seal === circle.dataset.pavilionId && t.textContent);
                if (texts.length < 2) outside.push(`${circle.dataset.pavilionId}: no name and date in its seal`);
                for (const text of texts) {
                  const b = text.getBBox();
                  const far = Math.max(...[[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
                    .map(([x, y]) => Math.hypot(x - cx, y - cy)));
                  if (far > inner) outside.push(`'${text.textContent}' reaches ${far.toFixed(1)} from the centre of a seal ${inner} wide`);
                }
              }
              box.remove();
              return seals.length === 8 ? outside : [`${seals.length} seals`, ...outside];
            }
            """);
}
