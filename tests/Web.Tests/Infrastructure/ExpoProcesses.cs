using System.Net;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>Azurite, Silo and Web processes of one private cluster on free loopback ports.</summary>
public sealed class ExpoProcesses : IAsyncDisposable
{
    private readonly List<NodeProcess> _nodes = [];
    private readonly string _clusterId = $"e2e-{Guid.NewGuid():N}";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"expo-e2e-{Guid.NewGuid():N}");
    private readonly int _siloPort = FreePorts.Next();
    private readonly int _gatewayPort = FreePorts.Next();

    public Azurite Storage { get; private set; } = null!;

    public static async Task<ExpoProcesses> StartStorageAsync()
    {
        var processes = new ExpoProcesses();
        processes.Storage = await Azurite.StartAsync(processes._dataFolder);
        return processes;
    }

    public async Task<NodeProcess> StartSiloAsync()
    {
        var silo = NodeProcess.Start("silo", Path.Combine(RepoPaths.ProjectOutput("Silo"), "Silo.dll"), RepoPaths.ProjectOutput("Silo"), Environment(new()
        {
            ["Expo__Silo__SiloPort"] = _siloPort.ToString(),
            ["Expo__Silo__GatewayPort"] = _gatewayPort.ToString(),
        }));
        _nodes.Add(silo);
        await FreePorts.WaitUntilListeningAsync(_gatewayPort, TimeSpan.FromSeconds(60));
        return silo;
    }

    public async Task<Uri> StartWebAsync()
    {
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var web = NodeProcess.Start($"web-{port}", Path.Combine(RepoPaths.ProjectOutput("Web"), "Web.dll"), RepoPaths.Of("Web"), Environment(new()
        {
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
        }));
        _nodes.Add(web);
        using var http = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return address;
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
        foreach (var (key, value) in extra)
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
