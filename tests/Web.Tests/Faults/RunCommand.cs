using System.Diagnostics;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Faults;

/// <summary>
/// <c>scripts/run.sh</c> as a person runs it, on free ports with its own data folder and the build the tests use
/// (no setup, no build). The processes it starts write their ids to <c>run/NAME.pid</c> in the data folder.
/// </summary>
public sealed class RunCommand : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _state;
    private readonly List<string> _output = [];

    private RunCommand(Process process, string state, Uri web)
    {
        _process = process;
        _state = state;
        Web = web;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Web { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static async Task<RunCommand> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var state = Path.Combine(Path.GetTempPath(), $"expo-run-{Guid.NewGuid():N}");
        var webPort = FreePorts.Next();
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.Of("scripts", "run.sh"));
        start.Environment["EXPO_STATE"] = state;
        start.Environment["EXPO_BUILD"] = "0";
        start.Environment["EXPO_CONFIGURATION"] = RepoPaths.Configuration;
        start.Environment["EXPO_WEB_PORT"] = webPort.ToString();
        start.Environment["EXPO_SILO_PORT"] = FreePorts.Next().ToString();
        start.Environment["EXPO_GATEWAY_PORT"] = FreePorts.Next().ToString();
        // Storage takes three ports in a row: blob, queue and table.
        start.Environment["AZURITE_BLOB_PORT"] = FreePorts.NextRun(3).ToString();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var run = new RunCommand(Process.Start(start)!, state, new Uri($"http://localhost:{webPort}/"));
        await Eventually.WaitAsync("the run command says the expo is ready", () => run.Output.Contains("Expo ready") || run.HasExited, TimeSpan.FromMinutes(3), () => run.Output);
        Assert.False(run.HasExited, run.Output);
        return run;
    }

    /// <summary>The id of the process the run command started as <paramref name="name"/> (e.g. <c>silo-0</c>), or 0.</summary>
    public int Pid(string name)
    {
        var file = Path.Combine(_state, "run", $"{name}.pid");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) ? pid : 0;
    }

    public IReadOnlyList<int> Pids() =>
        [.. Directory.GetFiles(Path.Combine(_state, "run"), "*.pid").Where(f => !f.EndsWith("run.pid")).Select(f => int.Parse(File.ReadAllText(f).Trim()))];

    public static bool IsAlive(int pid) => Signals.IsAlive(pid);

    /// <summary>Ends a process at once with SIGKILL, as a crash would.</summary>
    public static void Kill(int pid) => Signals.Send(pid, Signals.Kill);

    /// <summary>What Ctrl+C asks of the run command: stop everything it started.</summary>
    public async Task StopAsync()
    {
        Signals.Send(_process.Id, Signals.Terminate);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await StopAsync();
        }

        foreach (var pid in Pids().Where(IsAlive))
        {
            Kill(pid);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
