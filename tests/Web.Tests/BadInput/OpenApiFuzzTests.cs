using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using static Expo.Web.Tests.BadInput.BadRequests;

namespace Expo.Web.Tests.BadInput;

/// <summary>
/// Every operation of the OpenAPI document, as anonymous, guest, exhibitor and organiser, with requests the API must
/// refuse. Run alone: <c>dotnet test tests/Web.Tests --filter "FullyQualifiedName~OpenApiFuzzTests"</c>; the figures
/// are in the test's output.
/// </summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class OpenApiFuzzTests(ExpoClusterFixture cluster, ITestOutputHelper output)
{
    private const string Booth = "shaanxi-wing-up-study-institute";

    [Fact]
    public async Task NoRequestTheApiMustRefuseAnswers5xxOrChangesAnything()
    {
        await using var web = await LoggedWebFactory.StartAsync(cluster);
        var organiser = await AccountClient.OrganiserAsync(web);
        var exhibitor = await AccountClient.RegisterAsync(web, "Fuzz Owner", await organiser.InviteAsync(Booth, "owner"));
        var guest = await AccountClient.GuestAsync(web);
        var roles = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = web.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }),
            ["guest"] = guest.Bearer(web),
            ["exhibitor"] = exhibitor.Bearer(web),
            ["organiser"] = organiser.Bearer(web),
        };
        var document = ApiState.Parse(await roles["anonymous"].GetStringAsync("/openapi/v1.json"));
        var operations = OpenApiOperations.Read(document);
        var probes = operations.SelectMany(o => For(o, Booth)).Concat(Extra(operations)).ToList();
        var before = await StateAsync(roles);
        var errorsBefore = web.Logs.Entries.Count(e => e.Level >= LogLevel.Error);

        var clock = Stopwatch.StartNew();
        var statuses = new ConcurrentDictionary<int, int>();
        var wrong = new ConcurrentQueue<(string Kind, string Answer)>();
        await Parallel.ForEachAsync(
            roles.SelectMany(role => probes.Select(probe => (role, probe))),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (item, _) =>
            {
                var (status, body) = await SendAsync(item.role.Value, item.probe);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (Problem(item.probe, status, body) is { } problem)
                {
                    wrong.Enqueue(($"{item.role.Key} {item.probe.Method} {item.probe.Url.Split('?')[0]} {item.probe.What}", $"{item.probe.Url[..Math.Min(item.probe.Url.Length, 100)]}: {problem}"));
                }
            });
        clock.Stop();

        var after = await StateAsync(roles);
        var sent = statuses.Values.Sum();
        output.WriteLine($"{operations.Count} operations, {probes.Count} probes x {roles.Count} roles = {sent} requests in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        output.WriteLine($"5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}, 429: {statuses.GetValueOrDefault(429)}");

        Assert.True(sent >= 10_000, $"Only {sent} requests.");
        Assert.Equal(0, statuses.GetValueOrDefault((int)HttpStatusCode.TooManyRequests));
        Assert.True(wrong.IsEmpty, $"{wrong.Count} wrong answers, one of each kind:\n{string.Join('\n', wrong.DistinctBy(w => w.Kind).Take(80).Select(w => $"{w.Kind} -> {w.Answer}"))}");
        Assert.Empty(web.Logs.Entries.Skip(errorsBefore).Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}").Take(10));
        Assert.True(before.Count == after.Count && before.All(b => after[b.Key] == b.Value), ApiState.Describe(before, after));
    }

    /// <summary>A method the path does not have, and paths the API does not have.</summary>
    private static IEnumerable<Probe> Extra(IReadOnlyList<OpenApiOperations.Operation> operations)
    {
        foreach (var path in operations.GroupBy(o => o.Path).Where(g => g.All(o => o.Method != "PATCH")))
        {
            yield return new Probe("method not allowed", "PATCH", path.First().Path.Replace("{", "x-", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), null, null, Expect.Refused);
        }

        foreach (var path in new[] { "/api/no-such-thing", "/api/booths", "/api/booths/x/no-such-thing", "/api/%01", "/api/..%2f..%2fetc" })
        {
            yield return new Probe("unknown path", "GET", path, null, null, Expect.Refused);
        }
    }

    private static Task<Dictionary<string, string>> StateAsync(Dictionary<string, HttpClient> roles) =>
        ApiState.ReadAsync(roles["anonymous"], roles["guest"], roles["exhibitor"], roles["organiser"], Booth);

    private static async Task<(int Status, string Body)> SendAsync(HttpClient http, Probe probe)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
        if (probe.Body is not null)
        {
            request.Content = new ByteArrayContent(probe.Body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(probe.ContentType!);
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Why the answer is wrong, or null when it is right. 429 is a refusal too (rate limits).</summary>
    private static string? Problem(Probe probe, int status, string body)
    {
        if (status >= 500)
        {
            return $"{status} {body[..Math.Min(body.Length, 300)]}";
        }

        if (status == (int)HttpStatusCode.TooManyRequests || probe.Expect == Expect.Read)
        {
            return null;
        }

        if (status < 400 || (probe.Expect == Expect.Binding && status is not (400 or 415)))
        {
            return $"{status}, expected {(probe.Expect == Expect.Binding ? "400 or 415" : "a 4xx")}: {body[..Math.Min(body.Length, 200)]}";
        }

        return CodeOf(body) is null ? $"{status} without a code: {body[..Math.Min(body.Length, 200)]}" : null;
    }

    private static string? CodeOf(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
