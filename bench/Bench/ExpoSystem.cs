namespace Expo.Bench;

/// <summary>
/// The expo as scripts/run.sh starts it (Azurite, Silo and Web processes from the Release build, Development
/// settings), on private ports, a private data folder and its own ServiceId, logging at Warning, with the
/// per-visitor chat rate limit and the per-address HTTP limits raised so they do not cap the offered load (every
/// visitor comes from loopback). With <paramref name="shippedLimits"/> every limit keeps its default, as the flood
/// script needs. <paramref name="settings"/> are extra environment variables for every process (a variant's settings).
/// </summary>
public sealed class ExpoSystem(string repoRoot, string stateFolder, int silos, int webs, string storage, bool shippedLimits = false,
    IReadOnlyDictionary<string, string>? settings = null, string name = "expo")
    : SystemUnderTest(name, repoRoot, stateFolder)
{
    public const string ChatRateLimit = "1000000";

    /// <summary>
    /// The expo as shipped, and with one delivery lever off each (Web settings), so one run measures each lever's
    /// before and after: <c>expo-lines</c> sends one event per line to every connection, <c>expo-serial</c> runs one
    /// hub call per connection at a time, <c>expo-v1</c> both.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Variants =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["expo"] = new Dictionary<string, string>(),
            ["expo-lines"] = new Dictionary<string, string> { ["Expo__Hub__ChatBatches"] = "false" },
            ["expo-serial"] = new Dictionary<string, string> { ["Expo__Hub__ParallelInvocations"] = "1" },
            ["expo-v1"] = new Dictionary<string, string> { ["Expo__Hub__ChatBatches"] = "false", ["Expo__Hub__ParallelInvocations"] = "1" },
        };

    public override async Task StartAsync(string seedFile, int visitors)
    {
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var azurite = Start("azurite", true, Path.Combine(RepoRoot, "node_modules", ".bin", "azurite"),
            ["--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
             "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
             "--tableHost", "127.0.0.1", "--tablePort", $"{table}", "--location", Path.Combine(StateFolder, "azurite")],
            RepoRoot, new Dictionary<string, string>());
        // Node can take most of a minute to start Azurite on a machine that is busy with other work.
        await WaitForPortAsync(table, azurite, TimeSpan.FromSeconds(120));
        await WaitForPortAsync(blob, azurite, TimeSpan.FromSeconds(120));

        var serviceId = $"bench-{Path.GetFileName(StateFolder)}";
        var common = QuietLogging();
        common["DOTNET_ENVIRONMENT"] = "Development";
        common["ASPNETCORE_ENVIRONMENT"] = "Development";
        common["ConnectionStrings__ExpoStorage"] =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        common["Orleans__ServiceId"] = serviceId;
        common["Orleans__ClusterId"] = serviceId;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            common[key] = value;
        }

        var siloOutput = Path.Combine(RepoRoot, "Silo", "bin", "Release", "net10.0");
        for (var i = 0; i < silos; i++)
        {
            var (siloPort, gatewayPort) = (FreePort(), FreePort());
            var environment = new Dictionary<string, string>(common)
            {
                ["Expo__Silo__SiloPort"] = $"{siloPort}",
                ["Expo__Silo__GatewayPort"] = $"{gatewayPort}",
                ["Expo__Seed__File"] = seedFile,
            };
            if (storage == "memory")
            {
                // The provider names of Grains.Interfaces/ExpoStorage.cs; only Silos host grain storage.
                foreach (var provider in new[] { "expo", "booths", "chat-archive", "visitors", "accounts", "negotiations" })
                {
                    environment[$"Orleans__GrainStorage__{provider}__ProviderType"] = "Memory";
                }

                environment["Expo__Chat__JournalStore"] = "Memory";
            }

            var silo = Start($"silo-{i}", false, "dotnet", [Path.Combine(siloOutput, "Silo.dll")], siloOutput, environment);
            await WaitForPortAsync(gatewayPort, silo, TimeSpan.FromSeconds(60));
        }

        var web = Path.Combine(RepoRoot, "Web");
        var nodes = new List<(string Url, ServerProcess Process)>();
        for (var i = 0; i < webs; i++)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var environment = new Dictionary<string, string>(common) { ["ASPNETCORE_URLS"] = url };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }
            if (!shippedLimits)
            {
                environment["Expo__ChatMessagesPerSecond"] = ChatRateLimit;
                environment["Expo__ChatBurst"] = ChatRateLimit;

                // Thousands of guest sessions from a few loopback addresses: the per-address limits would refuse them.
                foreach (var kind in new[] { "Sessions", "Uploads", "Writes" })
                {
                    environment[$"Expo__RateLimits__{kind}__PerAddress__Burst"] = ChatRateLimit;
                    environment[$"Expo__RateLimits__{kind}__PerAddress__Refill"] = ChatRateLimit;
                }
            }

            nodes.Add((url, Start($"web-{i}", false, "dotnet", [Path.Combine(web, "bin", "Release", "net10.0", "Web.dll")], web, environment)));
        }

        foreach (var (url, process) in nodes)
        {
            await WaitForReadyAsync(url, process, TimeSpan.FromSeconds(120));
            WebUrls.Add(url);
        }
    }
}
