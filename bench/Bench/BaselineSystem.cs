namespace Expo.Bench;

/// <summary>The plain SignalR baseline (bench/Baseline): one process, everything in memory.</summary>
public sealed class BaselineSystem(string repoRoot, string stateFolder) : SystemUnderTest("baseline", repoRoot, stateFolder)
{
    public override async Task StartAsync(string seedFile, int visitors)
    {
        var project = Path.Combine(RepoRoot, "bench", "Baseline");
        var url = $"http://127.0.0.1:{FreePort()}";
        var environment = QuietLogging();
        environment["ASPNETCORE_URLS"] = url;
        environment["Baseline__SeedFile"] = seedFile;
        var process = Start("baseline", false, "dotnet", [Path.Combine(project, "bin", "Release", "net10.0", "Baseline.dll")], project, environment);
        await WaitForReadyAsync(url, process, TimeSpan.FromSeconds(60));
        WebUrls.Add(url);
    }
}
