using System.Net;
using System.Net.Sockets;

namespace Expo.Bench;

/// <summary>A system the benchmark starts, loads and stops: its server processes and the Web addresses visitors use.</summary>
public abstract class SystemUnderTest(string name, string repoRoot, string stateFolder)
{
    protected static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private readonly List<ServerProcess> _processes = [];

    public string Name { get; } = name;

    protected string RepoRoot { get; } = repoRoot;

    protected string StateFolder { get; } = stateFolder;

    public IReadOnlyList<ServerProcess> Processes => _processes;

    public List<string> WebUrls { get; } = [];

    /// <summary>Starts the system serving the expo in <paramref name="seedFile"/>; returns once every Web node is ready.</summary>
    public abstract Task StartAsync(string seedFile, int visitors);

    public void Stop()
    {
        // Web nodes first, storage last, as scripts/run.sh does; the data is thrown away anyway.
        foreach (var process in Enumerable.Reverse(_processes))
        {
            Children.Kill(process.Process);
        }

        _processes.Clear();
        WebUrls.Clear();
    }

    protected ServerProcess Start(string name, bool isStorage, string file, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment)
    {
        var process = ServerProcess.Start(name, isStorage, file, arguments, workingDirectory, environment, StateFolder);
        _processes.Add(process);
        return process;
    }

    protected static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected static async Task WaitForPortAsync(int port, ServerProcess process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.Process.HasExited)
            {
                await Task.Delay(200);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"{process.Name} did not listen on port {port}; see {process.Log}");
            }
        }
    }

    protected static async Task WaitForReadyAsync(string url, ServerProcess process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.Process.HasExited)
        {
            try
            {
                using var response = await Http.GetAsync($"{url}/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"{process.Name} did not become ready; see {process.Log}");
    }

    protected static Dictionary<string, string> QuietLogging() => new()
    {
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging__LogLevel__Orleans"] = "Warning",
        ["Logging__LogLevel__Orleans.Runtime.SiloLifecycleSubject"] = "Warning",
    };
}
