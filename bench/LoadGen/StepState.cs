using System.Diagnostics;
using Expo.Bench.Shared;

namespace Expo.Bench.LoadGen;

/// <summary>The counters and histograms of one load step; its window is where latency counts.</summary>
internal sealed class StepState
{
    private readonly List<long>[] _acked;

    public StepState(StepCommand command, int number, int booths)
    {
        Command = command;
        Number = number;
        Start = command.StartTimestamp;
        MeasureStart = Start + Ticks(command.WarmupSeconds);
        MeasureEnd = MeasureStart + Ticks(command.Seconds);
        _acked = [.. Enumerable.Range(0, booths).Select(_ => new List<long>())];
    }

    public StepCommand Command { get; }

    public int Number { get; }

    public long Start { get; }

    public long MeasureStart { get; }

    public long MeasureEnd { get; }

    public LatencyHistogram ChatLatency { get; } = new();

    public LatencyHistogram PresenceLatency { get; } = new();

    public long Scheduled;
    public long Acked;
    public long SendErrors;
    public long InFlight;
    public long ExpectedDeliveries;
    public long MeasuredDeliveries;
    public long Duplicates;
    public long WrongBooth;
    public long OtherDeliveries;
    public long MovesDone;
    public long MovesInWindow;
    public long MoveErrors;
    public long MovesSkipped;
    public long MovesInFlight;
    public long PresenceExpected;
    public long PresenceReceived;
    public long SendLagMaxTicks;
    public string? FirstError;

    // The expo-day mixes: arrivals (leave, new guest session, connect, enter), lines skipped because their sender was
    // moving, the consoles' polls, and what every connection of the worker received in the window.
    public long Arrivals;
    public long ArrivalErrors;
    public long ChatsSkipped;
    public long ConsoleRequests;
    public long ConsoleErrors;
    public long ReceivedBytesAtStart;
    public long ReceivedMessagesAtStart;
    public long ReceivedBytes;
    public long ReceivedMessages;
    public long JoinsInWindow;
    public long LinesInWindow;

    /// <summary>Deliveries of lines scheduled in the window to every connection, residents or not.</summary>
    public long AllDeliveries;

    public LatencyHistogram ConsoleLatency { get; } = new();

    // The live feed's readers: events and bytes received in the window, churn reconnections, streams that failed or
    // ended without the reader leaving, the announcements posted, and the lag from posting to each reader.
    public long LiveEvents;
    public long LiveBytes;
    public long LiveReconnects;
    public long LiveErrors;
    public long AnnouncementsPosted;
    public long AnnouncementErrors;

    public LatencyHistogram AnnouncementLag { get; } = new();

    /// <summary>The worker's CPU time over the measured window, the same window the deliveries are counted in.</summary>
    public double? WindowCpuStartMs;
    public double WindowCpuMs;

    public bool InWindow(long timestamp) => timestamp >= MeasureStart && timestamp < MeasureEnd;

    public void Acknowledge(WorkerBooth booth, long sequence)
    {
        var list = _acked[booth.Index];
        lock (list)
        {
            list.Add(sequence);
        }

        Interlocked.Increment(ref Acked);
        Interlocked.Add(ref ExpectedDeliveries, booth.Stationary.Count);
    }

    /// <summary>Acknowledged lines some stationary visitor of their booth has not received (yet).</summary>
    public long CountMissing(IReadOnlyList<WorkerBooth> booths)
    {
        long missing = 0;
        foreach (var booth in booths)
        {
            long[] sequences;
            var list = _acked[booth.Index];
            lock (list)
            {
                sequences = [.. list];
            }

            foreach (var member in booth.Stationary)
            {
                lock (member.Received)
                {
                    foreach (var sequence in sequences)
                    {
                        if (!member.Received.Contains(sequence))
                        {
                            missing++;
                        }
                    }
                }
            }
        }

        return missing;
    }

    public void Error(string message) => Interlocked.CompareExchange(ref FirstError, message, null);

    public void Lag(long ticks)
    {
        var seen = Interlocked.Read(ref SendLagMaxTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref SendLagMaxTicks, ticks, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }

    public static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    public static long Micros(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}
