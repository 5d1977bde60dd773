using System.Globalization;

namespace Expo.Bench;

/// <summary>The command line of <c>bench/run.sh</c>; every option has a default suited to a short run on two cores.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<(int Visitors, int Booths)> Sizes { get; init; } = [(1000, 50), (5000, 100)];

    public IReadOnlyList<string> Systems { get; init; } = ["expo", "baseline"];

    /// <summary>Named expo variants: the expo with extra settings (environment variables), so one run measures a setting's effect.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Variants { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public string Mode { get; init; } = "lean";

    public int Webs { get; init; } = 1;

    public int Silos { get; init; } = 1;

    /// <summary>Where the expo keeps grain state: Azure Blob storage in Azurite, or Silo memory to show what storage costs.</summary>
    public string ExpoStorage { get; init; } = "azure";

    public int? Workers { get; init; }

    public int MaxSocketsPerWorker { get; init; } = 15000;

    public double ChatShare { get; init; } = 0.10;

    public double WanderShare { get; init; } = 0.05;

    public double MovesPerSecond { get; init; } = 50;

    /// <summary>First offered rate in chat deliveries per second; by default one line per visitor per second.</summary>
    public double? StartRate { get; init; }

    public double StepFactor { get; init; } = 1.5;

    public int MaxSteps { get; init; } = 20;

    /// <summary>How many times a failed step is repeated at the same rate before the ramp ends.</summary>
    public int Retries { get; init; } = 1;

    public double WarmupSeconds { get; init; } = 1.5;

    public double SettleSeconds { get; init; } = 10;

    public double StepSeconds { get; init; } = 4;

    public double DrainSeconds { get; init; } = 5;

    public double P99LimitMs { get; init; } = 200;

    public int GuestConcurrency { get; init; } = 32;

    public int ConnectConcurrency { get; init; } = 100;

    public string? Output { get; init; }

    /// <summary>chat (the chat-storm steps), expo-day or stage; see <see cref="DayOptions"/>.</summary>
    public string Mix { get; init; } = "chat";

    public DayOptions Day { get; init; } = new();

    public const string Usage = """
        bench/run.sh [options]
          --sizes 1000/50,5000/100   visitors/booths per size (each size starts each system afresh)
          --systems expo,baseline    which systems, run one after the other; expo-lines, expo-serial and expo-v1
                                     are the expo with chat batches, pipelined sends or both turned off
          --variant NAME K=V[;K=V]   an expo variant with extra settings (environment variables, e.g.
                                     Expo__Connections__TrimRequest=false), listed in --systems by NAME
          --mode lean|official       client: SignalR JSON protocol over raw WebSockets, or the official .NET client
          --webs N --silos N         expo cluster shape (visitors are spread over the Web nodes)
          --expo-storage azure|memory  expo grain state in Azurite blobs (default) or in Silo memory (not durable:
                                     shows what durable storage costs, never a deployment)
          --workers N                load-generator processes (default: one per 15,000 visitors)
          --chat-share 0.10          share of visitors who chat
          --wander-share 0.05        share of visitors who wander from booth to booth
          --moves 50                 offered booth changes per second (each one leave + one join)
          --start-rate R             first offered chat deliveries/s (default 1 x visitors)
          --step-factor 1.5          offered rate multiplier per step
          --max-steps 20             stop after this many steps
          --retries 1                repeat a failed step this often at the same rate before stopping
          --settle 10                seconds of unmeasured load at the start rate before the first step (JIT, pools)
          --warmup 1.5 --step 4      seconds of warm-up and of measurement per step
          --drain 5                  seconds to wait for late deliveries after a step
          --p99-limit 200            a step passes with p99 <= this (ms), no loss, no duplicates, no errors
          --guest-concurrency 32     concurrent POST /api/auth/guest per worker
          --connect-concurrency 100  concurrent connects per worker
          --out DIR                  results folder (default bench/results)
        """ + "\n" + DayOptions.Usage;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var named = new HashSet<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            double Number() => double.Parse(Value(), CultureInfo.InvariantCulture);
            named.Add(name);
            options = name switch
            {
                "--sizes" => options with { Sizes = [.. Value().Split(',').Select(ParseSize)] },
                "--systems" => options with { Systems = [.. Value().Split(',')] },
                "--variant" => options with { Variants = WithVariant(options.Variants, Value(), Value()) },
                "--mode" => options with { Mode = Value() is var m && m is "lean" or "official" ? m : throw new ArgumentException("--mode is lean or official.") },
                "--webs" => options with { Webs = (int)Number() },
                "--silos" => options with { Silos = (int)Number() },
                "--expo-storage" => options with { ExpoStorage = Value() is var s && s is "azure" or "memory" ? s : throw new ArgumentException("--expo-storage is azure or memory.") },
                "--workers" => options with { Workers = (int)Number() },
                "--chat-share" => options with { ChatShare = Number() },
                "--wander-share" => options with { WanderShare = Number() },
                "--moves" => options with { MovesPerSecond = Number() },
                "--start-rate" => options with { StartRate = Number() },
                "--step-factor" => options with { StepFactor = Number() },
                "--max-steps" => options with { MaxSteps = (int)Number() },
                "--retries" => options with { Retries = (int)Number() },
                "--warmup" => options with { WarmupSeconds = Number() },
                "--settle" => options with { SettleSeconds = Number() },
                "--step" => options with { StepSeconds = Number() },
                "--drain" => options with { DrainSeconds = Number() },
                "--p99-limit" => options with { P99LimitMs = Number() },
                "--guest-concurrency" => options with { GuestConcurrency = (int)Number() },
                "--connect-concurrency" => options with { ConnectConcurrency = (int)Number() },
                "--out" => options with { Output = Value() },
                "--mix" => options with { Mix = Value() is var x && x is "chat" or "expo-day" or "stage" ? x : throw new ArgumentException("--mix is chat, expo-day or stage.") },
                "--visitors" => options with { Day = options.Day with { Visitors = (int)Number() } },
                "--booths" => options with { Day = options.Day with { Booths = (int)Number() } },
                "--zipf" => options with { Day = options.Day with { Zipf = Number() } },
                "--residents" => options with { Day = options.Day with { Residents = Number() } },
                "--talkers" => options with { Day = options.Day with { Talkers = Number() } },
                "--chat-every" => options with { Day = options.Day with { ChatSeconds = DayOptions.Range(Value()) } },
                "--staff-every" => options with { Day = options.Day with { StaffChatSeconds = DayOptions.Range(Value()) } },
                "--wander-every" => options with { Day = options.Day with { MoveSeconds = DayOptions.Range(Value()) } },
                "--churn" => options with { Day = options.Day with { Churn = Number() } },
                "--organisers" => options with { Day = options.Day with { Organisers = (int)Number() } },
                "--exhibitors" => options with { Day = options.Day with { Exhibitors = (int)Number() } },
                "--live-readers" => options with { Day = options.Day with { LiveReaders = (int)Number() } },
                "--announce-every" => options with { Day = options.Day with { AnnounceSeconds = Number() } },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Mix != "chat")
        {
            // Human paces need longer windows than the chat storm: a talker says a line every minute or two.
            options = options with
            {
                WarmupSeconds = named.Contains("--warmup") ? options.WarmupSeconds : 5,
                StepSeconds = named.Contains("--step") ? options.StepSeconds : 20,
                MaxSteps = named.Contains("--max-steps") ? options.MaxSteps : 12,
            };
        }

        if (options.Systems.Any(s => s != "baseline" && !ExpoSystem.Variants.ContainsKey(s) && !options.Variants.ContainsKey(s)))
        {
            throw new ArgumentException("--systems lists expo (or expo-lines, expo-serial, expo-v1), baseline and the names of --variant options.");
        }

        return options;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> WithVariant(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> variants, string name, string settings) =>
        new(variants)
        {
            [name] = settings.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Split('=', 2) is [var key, var value] ? (key, value) : throw new ArgumentException($"--variant {name}: '{s}' is not KEY=VALUE."))
                .ToDictionary(kv => kv.key, kv => kv.value),
        };

    private static (int, int) ParseSize(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var visitors) && int.TryParse(parts[1], out var booths) && booths > 0 && visitors >= booths
            ? (visitors, booths)
            : throw new ArgumentException($"A size is visitors/booths, e.g. 1000/50 (got '{text}').");
    }
}
