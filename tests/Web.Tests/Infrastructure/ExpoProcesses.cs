using System.Net;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// Azurite, Silo and Web processes of one private cluster on free loopback ports. Any number of silos and Web
/// nodes may join; each silo gets its own silo and gateway ports, each Web node its own HTTP port.
/// </summary>
public sealed class ExpoProcesses : IAsyncDisposable
{
    private readonly List<NodeProcess> _nodes = [];
    private readonly string _clusterId = $"e2e-{Guid.NewGuid():N}";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"expo-e2e-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _settings = [];
    private readonly Dictionary<NodeProcess, (int SiloPort, int GatewayPort)> _siloPorts = [];

    public Azurite Storage { get; private set; } = null!;

    public string ClusterId => _clusterId;

    /// <summary>Every Silo and Web node started so far, dead or alive.</summary>
    public IReadOnlyList<NodeProcess> Nodes => _nodes;

    /// <summary>Starts storage; <paramref name="settings"/> (environment variables) then apply to every node started.</summary>
    public static async Task<ExpoProcesses> StartStorageAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var processes = new ExpoProcesses();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            processes._settings[key] = value;
        }

        processes.Storage = await Azurite.StartAsync(processes._dataFolder);
        return processes;
    }

    /// <summary>Starts a silo on fresh ports; with <paramref name="inPlaceOf"/>, on the ports of that (dead) silo, as a restarted process would.</summary>
    public async Task<NodeProcess> StartSiloAsync(NodeProcess? inPlaceOf = null)
    {
        var (siloPort, gatewayPort) = inPlaceOf is null ? (FreePorts.Next(), FreePorts.Next()) : _siloPorts[inPlaceOf];
        var silo = NodeProcess.Start($"silo-{gatewayPort}", Path.Combine(RepoPaths.ProjectOutput("Silo"), "Silo.dll"), RepoPaths.ProjectOutput("Silo"), Environment(new()
        {
            ["Expo__Silo__SiloPort"] = siloPort.ToString(),
            ["Expo__Silo__GatewayPort"] = gatewayPort.ToString(),
        }));
        _nodes.Add(silo);
        _siloPorts[silo] = (siloPort, gatewayPort);
        await FreePorts.WaitUntilListeningAsync(gatewayPort, TimeSpan.FromSeconds(60));
        return silo;
    }

    /// <summary>
    /// Waits until the membership table lists <paramref name="count"/> active silos: a silo listens on its gateway
    /// before it has joined, and a silo killed while the other is still joining leaves no one to take over.
    /// </summary>
    public async Task WaitForActiveSilosAsync(int count, TimeSpan patience)
    {
        var table = new Azure.Data.Tables.TableClient(Storage.ConnectionString, "OrleansSiloInstances");
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var active = 0;
            await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == _clusterId))
            {
                if (row.GetString("Status") == "Active")
                {
                    active++;
                }
            }

            if (active >= count)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {active} of {count} silos became active within {patience.TotalSeconds:F0} s.");
            }

            await Task.Delay(200);
        }
    }

    public async Task<Uri> StartWebAsync() => (await StartWebNodeAsync()).Address!;

    /// <summary>Starts a Web node and waits until it answers <c>/health/ready</c>; the process carries its address.</summary>
    public async Task<NodeProcess> StartWebNodeAsync()
    {
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var web = NodeProcess.Start($"web-{port}", Path.Combine(RepoPaths.ProjectOutput("Web"), "Web.dll"), RepoPaths.Of("Web"), Environment(new()
        {
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
        }), address);
        _nodes.Add(web);
        using var http = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return web;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Web node did not become ready. Log:\n{web.Log}");
            }

            await Task.Delay(250);
        }
    }

    private Dictionary<string, string> Environment(Dictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__ExpoStorage"] = Storage.ConnectionString,
            ["Orleans__ClusterId"] = _clusterId,
            ["Orleans__ServiceId"] = _clusterId,
            ["Expo__Presence__RenewInterval"] = "00:00:02",
            ["Expo__Presence__LeaseDuration"] = "00:00:06",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        // Every test process talks from loopback: per-address limits raised, per-user limits as shipped.
        foreach (var (key, value) in TestRateLimits.PerAddressRaisedEnvironment())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in _settings.Concat(extra))
        {
            environment[key] = value;
        }

        return environment;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Enumerable.Reverse(_nodes))
        {
            await node.DisposeAsync();
        }

        await Storage.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
