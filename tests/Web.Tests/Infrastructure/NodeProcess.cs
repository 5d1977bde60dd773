using System.Diagnostics;
using System.Text;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>A Silo or Web node started as the run command starts it: <c>dotnet X.dll</c>, stopped by its own process id.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private int _errorLines;

    private NodeProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    /// <summary>Log lines at Error or Critical so far (all of them, not only those the bounded <see cref="Log"/> keeps).</summary>
    public int ErrorLines => _errorLines;

    /// <summary>Where a Web node listens; null for a silo.</summary>
    public Uri? Address { get; init; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static NodeProcess Start(string name, string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, Uri? address = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var node = new NodeProcess(Process.Start(start)!, name) { Address = address };
        node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Ends the process at once with SIGKILL, as a crash would: no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
        }

        lock (_log)
        {
            // Enough to diagnose a failed start, bounded so a chatty node cannot fill the test's memory.
            if (_log.Length < 200_000)
            {
                _log.AppendLine(line);
            }
        }
    }
}
