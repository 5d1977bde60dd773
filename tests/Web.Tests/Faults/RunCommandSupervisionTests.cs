using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Tests.Faults;

/// <summary>The run command supervises what it starts: a process that dies is started again; stopping it stops them all.</summary>
public sealed class RunCommandSupervisionTests
{
    private const string Booth = "dunhuang-culture-tourism";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task AKilledSiloAndWebNodeAreStartedAgainWithNothingLostAndStoppingEndsEveryProcess()
    {
        await using var run = await RunCommand.StartAsync();
        using var http = new HttpClient { BaseAddress = run.Web };
        var session = await ExpoHubClient.StartGuestAsync(http, "Night owl");
        long sequence;
        await using (var before = await ExpoHubClient.ConnectAsync(run.Web, session))
        {
            await before.EnterBoothAsync(Booth);
            sequence = await before.SendChatAsync(Booth, "said before the crash", "before-the-crash");
        }

        var (silo, web) = (run.Pid("silo-0"), run.Pid("web-0"));
        RunCommand.Kill(silo);
        RunCommand.Kill(web);

        await Eventually.WaitAsync("the run command starts a new Silo and Web node", () => run.Pid("silo-0") != silo && run.Pid("web-0") != web, Patience, () => run.Output);
        Assert.False(run.HasExited, run.Output);
        await RetryAsync(async () => (await http.GetAsync("health/ready")).EnsureSuccessStatusCode());

        // The session from before the crash still works, and the acknowledged line is there.
        var history = await RetryAsync(async () =>
        {
            await using var after = await ExpoHubClient.ConnectAsync(run.Web, session);
            await after.EnterBoothAsync(Booth);
            return await after.ChatSinceAsync(Booth, 0);
        });
        Assert.Equal([(sequence, "said before the crash")], history.Select(m => (m.Sequence, m.Text)));
        Assert.Contains("silo-0 (pid", run.Output);

        var started = run.Pids();
        Assert.All(started, pid => Assert.True(RunCommand.IsAlive(pid)));
        await run.StopAsync();
        Assert.All(started, pid => Assert.False(RunCommand.IsAlive(pid), $"process {pid} outlived the run command"));
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception failure) when (failure is HubException or HttpRequestException && DateTime.UtcNow < deadline)
            {
                // The new processes are still starting or taking over the grains; the same read is safe to repeat.
                await Task.Delay(500);
            }
        }
    }
}
