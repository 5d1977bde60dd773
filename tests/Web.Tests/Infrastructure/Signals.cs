using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>POSIX signals to one process, by its id: a crash (SIGKILL), a stop request (SIGTERM), a pause (SIGSTOP/SIGCONT).</summary>
public static class Signals
{
    public const int Kill = 9;
    public const int Terminate = 15;
    public const int Continue = 18;
    public const int Stop = 19;

    public static void Send(int pid, int signal)
    {
        if (SendSignal(pid, signal) != 0 && IsAlive(pid))
        {
            throw new InvalidOperationException($"Could not send signal {signal} to process {pid}.");
        }
    }

    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
