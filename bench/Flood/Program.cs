using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Expo.Bench;
using Expo.Bench.Flood;
using Microsoft.AspNetCore.SignalR.Client;

// The flood script: bench/flood.sh builds Release and runs this. It starts its own expo (Azurite, one Silo, one Web
// node, every limit as shipped), floods each limit from attackers on loopback addresses of their own while
// well-behaved visitors keep chatting, and prints what each limit refused and the visitors' chat latency.
var seconds = Option("--seconds", 40);
var visitorCount = Option("--visitors", 20);
var maxPerAttack = Option("--max-requests", 50_000);
var loops = Option("--loops", 4);
var rate = Option("--rate", 0);
if (args.Contains("--help"))
{
    Console.WriteLine("bench/flood.sh [--seconds 40] [--visitors 20] [--max-requests 50000] [--loops 4] [--rate 0]   (loopback only; stops by itself)");
    Console.WriteLine("  --loops: concurrent loops per attack (0: no attack, the visitors alone, for comparison)");
    Console.WriteLine("  --rate:  requests per second per attack, all its loops together (0: as fast as answered)");
    return 0;
}

Children.StopAllOnExit();
var root = Directory.GetCurrentDirectory();
var runId = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
var state = Path.Combine(root, ".state", "bench", $"flood-{runId}");
Directory.CreateDirectory(state);
var booths = SeedWriter.Write(Path.Combine(root, "Silo", "Seed", "demo-expo.json"), 4, Path.Combine(state, "seed.json"));
var expo = new ExpoSystem(root, state, silos: 1, webs: 1, storage: "azure", shippedLimits: true);
Console.WriteLine($"Flood {runId}: {seconds} s, {visitorCount} well-behaved visitors, {loops} loops per attack at " +
    $"{(rate > 0 ? $"{rate}/s" : "full speed")}, every limit as shipped; logs in {state}");
await expo.StartAsync(Path.Combine(state, "seed.json"), visitorCount);
var web = expo.WebUrls[0];
try
{
    // Attackers' sessions first, each from an address of its own (127.0.2.x); writes come from 127.0.3.x.
    using var sessionHttp = Sources.Client(web, Sources.Address(2, 10));
    var writer = await Guest.StartAsync(sessionHttp, "Writer");
    var crowd = new List<Guest>();
    for (var i = 0; i < 20; i++)
    {
        crowd.Add(await Guest.StartAsync(sessionHttp, $"Crowd {i}"));
    }

    var chatter = await Guest.StartAsync(sessionHttp, "Chatter");
    var chatConnections = new List<HubConnection>();
    for (var i = 0; i < 3; i++)
    {
        var connection = await chatter.ConnectAsync(web);
        await connection.InvokeAsync<object>("EnterBooth", booths[0]);
        chatConnections.Add(connection);
    }

    using var guestHttp = Sources.Client(web, Sources.Address(2, 1));
    using var signInHttp = Sources.Client(web, Sources.Address(2, 2));
    using var officeHttp = Sources.Client(web, Sources.Address(2, 3));
    var writerHttp = Enumerable.Range(1, 50).Select(n => Sources.Client(web, Sources.Address(3, n), writer.Token)).ToArray();
    var attacks = new (Attack Attack, Func<int, Task<HttpStatusCode>> Send)[]
    {
        (new Attack("guest sessions, per address", loops, maxPerAttack, rate),
            async _ => (await guestHttp.PostAsJsonAsync("/api/auth/guest", new { displayName = "Flood", language = "en" })).StatusCode),
        (new Attack("sign-in, per address", loops, maxPerAttack, rate),
            async _ => (await signInHttp.PostAsJsonAsync("/api/auth/sign-in", new { email = $"{Guid.NewGuid():N}@flood.example", password = "guess" })).StatusCode),
        (new Attack("writes, per user (50 addresses)", loops, maxPerAttack, rate), async loop =>
            (await Favourite(writerHttp[Random.Shared.Next(writerHttp.Length)], booths[1])).StatusCode),
        (new Attack("writes, per address (20 users)", loops, maxPerAttack, rate), async loop =>
            (await Favourite(officeHttp, booths[2], crowd[Random.Shared.Next(crowd.Count)].Token)).StatusCode),
        (new Attack("hub chat, per user (3 connections)", Math.Min(loops, 3), maxPerAttack, rate), async loop =>
        {
            await chatConnections[loop].InvokeAsync<long>("SendChat", booths[0], Guid.NewGuid().ToString("N"), "flood");
            return HttpStatusCode.OK;
        }),
    };

    var visitors = new Visitors(web, booths, visitorCount, TimeSpan.FromSeconds(2));
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var visiting = visitors.RunAsync(stop.Token);
    await Task.WhenAll(attacks.Select(a => a.Attack.RunAsync(a.Send, stop.Token)).Append(visiting)).WaitAsync(TimeSpan.FromSeconds(seconds + 60));
    foreach (var connection in chatConnections)
    {
        await connection.DisposeAsync();
    }

    Console.WriteLine();
    Console.WriteLine("| limit | sent | refused 429 / rate_limited | answered otherwise | failed |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var (attack, _) in attacks)
    {
        var (sent, limited, answered, other) = attack.Counts;
        Console.WriteLine($"| {attack.Limit} | {sent:N0} | {limited:N0} | {answered:N0} | {other:N0} |");
    }

    var v = visitors.Counts;
    Console.WriteLine();
    Console.WriteLine($"Well-behaved visitors: {visitorCount}, chat lines sent {v.Sent:N0}, heard back {v.Heard:N0}, refused {v.Refused}, failed {v.Failed}; " +
        $"favourites saved {v.Writes}, refused {v.WritesRefused}");
    Console.WriteLine($"Their chat latency (send → hear it from the booth): p50 {visitors.Percentile(0.50):F1} ms, p99 {visitors.Percentile(0.99):F1} ms, " +
        $"max {visitors.Percentile(1):F1} ms (target p99 ≤ 200 ms)");
    return 0;
}
finally
{
    expo.Stop();
}

async Task<HttpResponseMessage> Favourite(HttpClient http, string booth, string? token = null)
{
    using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/me/favourites/{booth}")
    {
        Content = JsonContent.Create(new { operationId = Guid.NewGuid().ToString("N") }),
    };
    if (token is not null)
    {
        request.Headers.Authorization = new("Bearer", token);
    }

    return await http.SendAsync(request);
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
