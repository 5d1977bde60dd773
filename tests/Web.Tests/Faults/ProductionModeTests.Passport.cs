using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Faults;

/// <summary>The first organiser may have toured the expo as a guest first: the setup code carries their stamps over too.</summary>
public sealed partial class ProductionModeTests
{
    private const string StampBooth = "jimsar-culture-tourism";

    /// <summary>A guest session with one stamp (a chat line in <see cref="StampBooth"/>); its bearer token proves it.</summary>
    private static async Task<ExpoHubClient.GuestSession> GuestWithStampAsync(HttpClient http, Uri web)
    {
        var guest = await ExpoHubClient.StartGuestAsync(http, "Founder");
        await using (var hub = await ExpoHubClient.ConnectAsync(web, guest))
        {
            await hub.EnterBoothAsync(StampBooth);
            await hub.SendChatAsync(StampBooth, "Hello from the founder");
        }

        // Eventually's condition is synchronous; the passport is read over HTTP, polled the same way.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await StampsAsync(http, guest.Token)).Count == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The guest's chat line did not stamp their passport within 20 s.");
            }

            await Task.Delay(100);
        }

        return guest;
    }

    private static async Task<List<string>> StampsAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me/passport");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var passport = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. passport.GetProperty("stamps").EnumerateArray().Select(s => s.GetProperty("boothId").GetString()!)];
    }

    private static HttpRequestMessage AsGuest(ExpoHubClient.GuestSession guest, HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", guest.Token);
        return request;
    }
}
