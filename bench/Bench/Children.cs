using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Expo.Bench;

/// <summary>
/// Every process the coordinator starts, so that all of them are stopped by their process id when it ends,
/// normally, on an error, on Ctrl+C or on SIGTERM.
/// </summary>
public static class Children
{
    private static readonly List<Process> Started = [];
    private static PosixSignalRegistration? _interrupt;
    private static PosixSignalRegistration? _terminate;

    public static void StopAllOnExit()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public static Process Start(ProcessStartInfo start)
    {
        lock (Started)
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
            Started.Add(process);
            return process;
        }
    }

    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        lock (Started)
        {
            Started.Remove(process);
        }
    }

    public static void KillAll()
    {
        Process[] all;
        lock (Started)
        {
            all = [.. Started];
        }

        foreach (var process in all)
        {
            Kill(process);
        }
    }

    private static void OnSignal(PosixSignalContext context)
    {
        Console.Error.WriteLine($"{context.Signal}: stopping every process the benchmark started...");
        KillAll();
        GC.KeepAlive(_interrupt);
        GC.KeepAlive(_terminate);
    }
}
