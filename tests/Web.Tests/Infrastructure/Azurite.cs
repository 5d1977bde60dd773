using System.Diagnostics;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>A private Azurite on free loopback ports, installed by scripts/setup.sh; stopped by process id.</summary>
public sealed class Azurite : IAsyncDisposable
{
    private readonly Process _process;

    private Azurite(Process process, int blobPort)
    {
        _process = process;
        BlobPort = blobPort;
    }

    public int BlobPort { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public int QueuePort { get; private init; }

    public int TablePort { get; private init; }

    /// <summary>Starts Azurite; with a <paramref name="dataFolder"/> it persists there, else in memory.</summary>
    public static async Task<Azurite> StartAsync(string? dataFolder = null)
    {
        var executable = RepoPaths.Of("node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("Azurite is not installed: run scripts/setup.sh first.");
        }

        var (blob, queue, table) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (service, port) in new[] { ("blob", blob), ("queue", queue), ("table", table) })
        {
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add(port.ToString());
        }

        if (dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new Azurite(process, blob) { QueuePort = queue, TablePort = table };
        await FreePorts.WaitUntilListeningAsync(table, TimeSpan.FromSeconds(30));
        await FreePorts.WaitUntilListeningAsync(blob, TimeSpan.FromSeconds(30));
        return azurite;
    }

    /// <summary>Freezes storage (SIGSTOP): connections stay open and requests get no answer, as with a hung storage service.</summary>
    public void Pause() => Signals.Send(_process.Id, Signals.Stop);

    /// <summary>Lets paused storage go on (SIGCONT); it then answers what it was sent meanwhile.</summary>
    public void Resume() => Signals.Send(_process.Id, Signals.Continue);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Resume();
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
