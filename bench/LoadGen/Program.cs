using System.Text.Json;
using Expo.Bench.LoadGen;
using Expo.Bench.Shared;

// A load-generator worker, driven by the coordinator (bench/Bench): one JSON command per line on standard input,
// one JSON reply per line on standard output. It ends when told to stop or when its standard input closes.
ThreadPool.SetMinThreads(Math.Max(16, Environment.ProcessorCount * 4), Math.Max(16, Environment.ProcessorCount * 4));
var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
Worker? worker = null;
while (await Console.In.ReadLineAsync() is { } line)
{
    var command = JsonSerializer.Deserialize<Command>(line, Control.Json)!;
    Reply reply;
    try
    {
        reply = command.Kind switch
        {
            Command.Setup => Setup(command.Plan!),
            Command.Sessions => new Reply(command.Kind, Phase: await worker!.StartSessionsAsync()),
            Command.Connect => new Reply(command.Kind, Phase: await worker!.ConnectAsync()),
            Command.Enter => new Reply(command.Kind, Phase: await worker!.EnterAsync()),
            Command.RunStep => new Reply(command.Kind, Step: await worker!.RunStepAsync(command.Step!)),
            Command.Move => new Reply(command.Kind, Move: await worker!.MoveWanderersAsync()),
            Command.Consoles => new Reply(command.Kind, Phase: await worker!.OpenConsolesAsync()),
            Command.Live => new Reply(command.Kind, Phase: await worker!.OpenLiveReadersAsync()),
            Command.Stop => new Reply(command.Kind),
            _ => new Reply(command.Kind, Error: $"unknown command '{command.Kind}'"),
        };
    }
    catch (Exception exception)
    {
        reply = new Reply(command.Kind, Error: exception.ToString());
    }

    if (command.Kind == Command.Stop && worker is not null)
    {
        await worker.DisposeAsync();
        worker = null;
    }

    await output.WriteLineAsync(Control.Write(reply));
    if (command.Kind == Command.Stop)
    {
        break;
    }
}

if (worker is not null)
{
    await worker.DisposeAsync();
}

Reply Setup(WorkerPlan plan)
{
    worker = new Worker(plan);
    return new Reply(Command.Setup);
}
