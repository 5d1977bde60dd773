using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Expo.Bench.Shared;

namespace Expo.Bench.LoadGen;

/// <summary>
/// Organiser consoles and exhibitor pages, polling what the real pages poll (Web/wwwroot/js/views): the attendance
/// console reads <c>/api/organiser/attendance</c> every second and its history every 10 s; a booth's staff page
/// is in the booth on the hub (staff online) and reads its attendees and analytics every 3 s.
/// </summary>
internal sealed partial class Worker
{
    private const string ExhibitorPassword = "bench-exhibitor-password-2026";

    private Visitor[] _consoles = [];

    private sealed record SignedIn(string VisitorId, string Token);

    private sealed record InvitationCreated(string Code);

    public async Task<PhaseReport> OpenConsolesAsync()
    {
        var day = _plan.Day!;
        var cpu = CpuMs();
        var started = Stopwatch.GetTimestamp();
        var consoles = new List<(Visitor Visitor, WorkerBooth? Booth)>();
        var http = _http[_plan.WebUrls[0]];
        string? organiserToken = null;
        for (var i = 0; i < day.Organisers + day.Exhibitors; i++)
        {
            var booth = i < day.Organisers ? null : _booths[(i - day.Organisers) % _booths.Count];
            var visitor = new Visitor(this, _visitors.Count + i, booth ?? _booths[0], VisitorRole.Console, _plan.WebUrls[i % _plan.WebUrls.Count]);
            if (!day.Accounts)
            {
                // The baseline has no accounts: its consoles are guests.
                await StartSessionAsync(visitor);
            }
            else if (booth is null)
            {
                var organiser = await PostAsync<SignedIn>(http, "/api/auth/sign-in", new { email = day.OrganiserEmail, password = day.OrganiserPassword }, null);
                (visitor.VisitorId, visitor.Token) = (organiser.VisitorId, organiser.Token);
                organiserToken ??= organiser.Token;
            }
            else
            {
                // An organiser invites the booth's owner, who registers with the invitation, as the real pages do.
                var invitation = await PostAsync<InvitationCreated>(http, $"/api/booths/{booth.Id}/invitations",
                    new { operationId = Guid.NewGuid().ToString("N"), role = "owner" }, organiserToken);
                var owner = await PostAsync<SignedIn>(http, "/api/auth/register", new
                {
                    email = $"owner-{_plan.WorkerId}-{i}-{Guid.NewGuid():N}@bench.example",
                    password = ExhibitorPassword,
                    displayName = $"Exhibitor {i}",
                    language = "en",
                    invitation = invitation.Code,
                }, null);
                (visitor.VisitorId, visitor.Token) = (owner.VisitorId, owner.Token);
            }

            await OpenAsync(visitor);
            if (booth is not null)
            {
                visitor.Current = booth;
                await visitor.Client!.EnterBoothAsync(booth.Id);
            }

            consoles.Add((visitor, booth));
        }

        _consoles = [.. consoles.Select(c => c.Visitor)];
        foreach (var (visitor, booth) in consoles)
        {
            if (booth is null)
            {
                _ = PollAsync(visitor, TimeSpan.FromSeconds(1), _ => "/api/organiser/attendance");
                _ = PollAsync(visitor, TimeSpan.FromSeconds(10), now =>
                    $"/api/organiser/attendance/history?from={Uri.EscapeDataString((now - TimeSpan.FromHours(1)).ToString("O"))}&to={Uri.EscapeDataString(now.ToString("O"))}&points=360");
            }
            else
            {
                _ = PollAsync(visitor, TimeSpan.FromSeconds(3), _ => $"/api/booths/{booth.Id}/attendees");
                _ = PollAsync(visitor, TimeSpan.FromSeconds(3), _ => $"/api/booths/{booth.Id}/analytics");
            }
        }

        return new PhaseReport(consoles.Count, 0, Stopwatch.GetElapsedTime(started).TotalSeconds, CpuMs() - cpu, null);
    }

    private async Task PollAsync(Visitor console, TimeSpan every, Func<DateTimeOffset, string> path)
    {
        using var timer = new PeriodicTimer(every);
        do
        {
            var started = Stopwatch.GetTimestamp();
            var ok = false;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path(DateTimeOffset.UtcNow));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", console.Token);
                using var response = await _http[console.WebUrl].SendAsync(request, _stopping.Token);
                await response.Content.LoadIntoBufferAsync(_stopping.Token);
                ok = response.IsSuccessStatusCode;
                if (!ok)
                {
                    _step?.Error($"console {path(DateTimeOffset.UtcNow).Split('?')[0]}: {(int)response.StatusCode}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                _step?.Error($"console: {exception.Message}");
            }

            if (_step is { } step && step.InWindow(started))
            {
                Interlocked.Increment(ref step.ConsoleRequests);
                step.ConsoleLatency.Record(StepState.Micros(Stopwatch.GetTimestamp() - started));
                if (!ok)
                {
                    Interlocked.Increment(ref step.ConsoleErrors);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(_stopping.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result));
    }

    private async Task<T> PostAsync<T>(HttpClient http, string path, object body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, _stopping.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HubCallException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<T>(_stopping.Token) ?? throw new HubCallException($"POST {path}: empty answer");
    }
}
