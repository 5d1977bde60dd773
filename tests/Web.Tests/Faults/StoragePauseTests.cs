using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Tests.Faults;

/// <summary>
/// Storage frozen (Azurite stopped with SIGSTOP) and let go again: requests that need it are answered
/// <c>unavailable</c> while it is frozen, nothing is acknowledged that was not stored, and the expo recovers by itself.
/// </summary>
public sealed class StoragePauseTests(ITestOutputHelper output)
{
    private const string Booth = "jimsar-culture-tourism";

    /// <summary>The short version: storage stays frozen until the first refusals have come back.</summary>
    [Fact]
    public Task RequestsAreAnsweredUnavailableWhileStorageIsFrozenAndTheExpoRecoversByItself() => RunAsync(TimeSpan.Zero);

    /// <summary>The long version (<c>bench/faults.sh storage</c>): storage frozen for <c>EXPO_STORAGE_PAUSE</c> seconds (30).</summary>
    [Fact(Explicit = true)]
    public Task StorageFrozenForHalfAMinute() => RunAsync(FaultSettings.Duration("EXPO_STORAGE_PAUSE", TimeSpan.FromSeconds(30)));

    private async Task RunAsync(TimeSpan hold)
    {
        await using var expo = await ExpoProcesses.StartStorageAsync();
        await expo.StartSiloAsync();
        var web = await expo.StartWebAsync();
        using var http = new HttpClient { BaseAddress = web };
        var session = await ExpoHubClient.StartGuestAsync(http, "Steady visitor");
        await using var hub = await ExpoHubClient.ConnectAsync(web, session);
        await hub.EnterBoothAsync(Booth);
        var sent = new List<string> { "before" };
        var acknowledged = new Dictionary<string, long> { ["before"] = await hub.SendChatAsync(Booth, "before", "before") };

        expo.Storage.Pause();
        var frozen = Stopwatch.StartNew();
        var answers = new List<TimeSpan>();
        do
        {
            // Each line needs storage before it may be acknowledged: while storage is frozen, it is refused.
            var id = $"frozen-{answers.Count}";
            sent.Add(id);
            var asked = Stopwatch.StartNew();
            var refusal = await Assert.ThrowsAsync<HubException>(() => hub.SendChatAsync(Booth, id, id));
            answers.Add(asked.Elapsed);
            Assert.Equal("unavailable", refusal.Code());
        }
        while (frozen.Elapsed < hold);

        // An HTTP write that needs storage (the visitor's plan) is refused the same way.
        http.DefaultRequestHeaders.Authorization = new("Bearer", session.Token);
        var plan = new { operationId = "plan-while-frozen" };
        await (await http.PutAsJsonAsync("api/me/plan/opening-ceremony", plan)).AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
        var frozenFor = frozen.Elapsed;
        expo.Storage.Resume();

        // Recovery needs no one: the refused lines are sent again with their ids until each is acknowledged once.
        var resumed = Stopwatch.StartNew();
        foreach (var id in sent.Where(id => !acknowledged.ContainsKey(id)))
        {
            acknowledged[id] = await RetryAsync(() => hub.SendChatAsync(Booth, id, id));
        }

        var recovered = resumed.Elapsed;
        sent.Add("after");
        acknowledged["after"] = await hub.SendChatAsync(Booth, "after", "after");
        await RetryAsync(async () => (await http.PutAsJsonAsync("api/me/plan/opening-ceremony", plan)).EnsureSuccessStatusCode());
        Assert.Equal(["opening-ceremony"], await http.GetFromJsonAsync<string[]>("api/me/plan") ?? []);

        // Stored exactly once each, at the sequence acknowledged, with nothing stored that was never sent.
        var history = await hub.ChatSinceAsync(Booth, 0);
        Assert.Equal(Enumerable.Range(1, history.Count).Select(n => (long)n), history.Select(m => m.Sequence));
        Assert.Equal(sent.Order(), history.Select(m => m.ClientMessageId).Order());
        Assert.All(history, m => Assert.Equal(acknowledged[m.ClientMessageId], m.Sequence));

        var ordered = answers.Order().ToList();
        output.WriteLine($"storage frozen {frozenFor.TotalSeconds:F1} s: {answers.Count} chat lines answered unavailable after " +
            $"median {ordered[ordered.Count / 2].TotalSeconds:F1} s, max {ordered[^1].TotalSeconds:F1} s; an HTTP write answered 503 unavailable");
        output.WriteLine($"after storage came back: every refused line acknowledged {recovered.TotalSeconds:F1} s later, " +
            $"{history.Count} lines stored once each, none lost");
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> send)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await send();
            }
            catch (Exception refusal) when (IsUnavailable(refusal) && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                // Storage answers what queued up while it was frozen first; the same id makes the repeat safe.
            }
        }
    }

    private static bool IsUnavailable(Exception failure) =>
        failure is HubException refusal ? refusal.Code() == "unavailable" : failure is HttpRequestException { StatusCode: HttpStatusCode.ServiceUnavailable };
}
