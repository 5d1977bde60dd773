using System.Diagnostics;
using System.Text.Json;
using Expo.Bench.Shared;

namespace Expo.Bench;

/// <summary>A load-generator worker process (bench/LoadGen), driven by one JSON line per command.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process, WorkerPlan plan)
    {
        _process = process;
        Plan = plan;
    }

    public WorkerPlan Plan { get; }

    public int Visitors => Plan.Booths.Sum(b => b.Stationary + b.Wanderers);

    public static async Task<WorkerProcess> StartAsync(string repoRoot, string logFolder, WorkerPlan plan)
    {
        var output = Path.Combine(repoRoot, "bench", "LoadGen", "bin", "Release", "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = output,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(output, "LoadGen.dll"));
        var process = Children.Start(start);
        var log = new StreamWriter(Path.Combine(logFolder, $"loadgen-{plan.WorkerId}.log")) { AutoFlush = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.WriteLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var worker = new WorkerProcess(process, plan);
        await worker.SendAsync(new Command(Command.Setup, Plan: plan));
        return worker;
    }

    public async Task<Reply> SendAsync(Command command)
    {
        await _process.StandardInput.WriteLineAsync(Control.Write(command));
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"Worker {Plan.WorkerId} ended during '{command.Kind}'.");
        var reply = JsonSerializer.Deserialize<Reply>(line, Control.Json)!;
        return reply.Error is null ? reply : throw new InvalidOperationException($"Worker {Plan.WorkerId} failed '{command.Kind}': {reply.Error}");
    }

    public void Dispose()
    {
        Children.Kill(_process);
        _process.Dispose();
    }
}
