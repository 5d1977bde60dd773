using System.Text.Json;
using System.Text.Json.Nodes;

namespace Expo.Web.Tests.BadInput;

/// <summary>
/// A representative read of what the expo holds, as each role sees it, to compare before and after a run of bad
/// requests. Live figures (visitor counts, who is online) move on their own and are left out.
/// </summary>
public static class ApiState
{
    private static readonly HashSet<string> Live = ["count", "total", "online", "staffOnline", "visitors", "onlineCount"];

    public static async Task<Dictionary<string, string>> ReadAsync(
        HttpClient anonymous, HttpClient guest, HttpClient exhibitor, HttpClient organiser, string boothId)
    {
        var reads = new (string Who, HttpClient Http, string Path)[]
        {
            ("anonymous", anonymous, "/api/expo"),
            ("anonymous", anonymous, $"/api/booths/{boothId}"),
            ("anonymous", anonymous, "/api/directory"),
            ("anonymous", anonymous, "/api/announcements"),
            ("anonymous", anonymous, "/api/agenda"),
            ("anonymous", anonymous, "/api/signing-wall"),
            ("anonymous", anonymous, $"/api/booths/{boothId}/catalogue"),
            ("anonymous", anonymous, $"/api/booths/{boothId}/capacity"),
            ("guest", guest, "/api/auth/me"),
            ("guest", guest, "/api/me/favourites"),
            ("guest", guest, "/api/me/plan"),
            ("exhibitor", exhibitor, "/api/auth/me"),
            ("exhibitor", exhibitor, $"/api/booths/{boothId}/staff"),
            ("exhibitor", exhibitor, $"/api/booths/{boothId}/catalogue/manage"),
            ("exhibitor", exhibitor, $"/api/booths/{boothId}/leads"),
            ("exhibitor", exhibitor, "/api/inbox"),
            ("exhibitor", exhibitor, "/api/negotiations/"),
            ("organiser", organiser, "/api/auth/me"),
            ("organiser", organiser, "/api/organiser/moderation/audit"),
            ("organiser", organiser, "/api/moderation/sanctions"),
            ("organiser", organiser, "/api/moderation/reports"),
            ("organiser", organiser, "/api/inbox"),
            ("organiser", organiser, "/api/negotiations/"),
            ("organiser", organiser, "/api/organiser/negotiations"),
        };
        var state = new Dictionary<string, string>();
        foreach (var (who, http, path) in reads)
        {
            var response = await http.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{who} GET {path}: {response.StatusCode} {text}");
            state[$"{who} GET {path}"] = Normalise(JsonNode.Parse(text))?.ToJsonString() ?? "null";
        }

        return state;
    }

    private static JsonNode? Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).Where(Live.Contains).ToList())
                {
                    obj.Remove(name);
                }

                foreach (var property in obj.ToList())
                {
                    Normalise(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Normalise(item);
                }

                break;
        }

        return node;
    }

    public static string Describe(Dictionary<string, string> before, Dictionary<string, string> after) =>
        string.Join('\n', before.Where(b => after[b.Key] != b.Value).Select(b => $"{b.Key}\n  before {b.Value}\n  after  {after[b.Key]}"));

    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
