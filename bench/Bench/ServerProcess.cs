using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Expo.Bench;

/// <summary>A server process of a system under test, with its log file and its /proc figures.</summary>
public sealed partial class ServerProcess(string name, bool isStorage, Process process, string log)
{
    private static readonly long ClockTicks = Math.Max(1, Sysconf(2));

    public string Name { get; } = name;

    public bool IsStorage { get; } = isStorage;

    public Process Process { get; } = process;

    public string Log { get; } = log;

    public static ServerProcess Start(string name, bool isStorage, string file, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string logFolder)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = Path.Combine(logFolder, $"{name}.log");
        var writer = new StreamWriter(log) { AutoFlush = true };
        var process = Children.Start(start);
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(name, isStorage, process, log);
    }

    /// <summary>Resident memory (VmRSS) in bytes, or 0 once the process is gone.</summary>
    public long RssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    /// <summary>User plus system CPU time in milliseconds, from /proc/PID/stat.</summary>
    public double CpuMs()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{Process.Id}/stat");
            // Fields after the command name, which is in parentheses and may contain spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return ticks * 1000.0 / ClockTicks;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (writer)
        {
            writer.WriteLine(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long Sysconf(int name);
}
