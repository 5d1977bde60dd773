using System.Diagnostics;
using Expo.Bench.Shared;

namespace Expo.Bench.LoadGen;

/// <summary>
/// The expo-day mixes: every visitor keeps a pace of its own (staff faster, most visitors a line every minute or two,
/// wanderers move every one to three minutes to a booth picked by popularity), and visitors leave and new ones
/// arrive. Sends stay open loop: each event's time is fixed before the step starts.
/// </summary>
internal sealed partial class Worker
{
    private const int ChatEvent = 0;
    private const int MoveEvent = 1;
    private const int ArrivalEvent = 2;
    private const int ReaderEvent = 3;
    private const int AnnounceEvent = 4;

    private double[] _cumulativeWeights = [];

    private void AssignPaces(DayPlan day)
    {
        var random = new Random(day.Seed + (_plan.WorkerId * 7919));
        foreach (var visitor in _visitors)
        {
            // Role Chatter marks a booth's staff in these mixes.
            visitor.ChatSeconds = visitor.Role == VisitorRole.Chatter ? Between(random, day.StaffChatSeconds)
                : random.NextDouble() < day.TalkerShare ? Between(random, day.ChatSeconds) : 0;
            visitor.MoveSeconds = visitor.Role == VisitorRole.Wanderer ? Between(random, day.MoveSeconds) : 0;
        }

        var sum = 0.0;
        _cumulativeWeights = [.. _plan.Booths.Select(b => sum += b.Weight)];
    }

    private void ScheduleDay(StepState step)
    {
        var day = _plan.Day!;
        var multiplier = step.Command.Multiplier;
        var random = new Random(HashCode.Combine(day.Seed, _plan.WorkerId, step.Number));
        var events = new List<(long At, int Kind, Visitor? Visitor)>();
        void Add(double period, int kind, Visitor? visitor)
        {
            var ticks = StepState.Ticks(period);
            for (var at = step.Start + (long)(random.NextDouble() * ticks); at < step.MeasureEnd; at += ticks)
            {
                events.Add((at, kind, visitor));
            }
        }

        foreach (var visitor in _visitors)
        {
            if (visitor.ChatSeconds > 0)
            {
                // Nobody sends faster than the expo's own per-connection limit, whatever the multiplier.
                Add(Math.Max(visitor.ChatSeconds / (day.ScaleChat ? multiplier : 1), 1 / day.MaxLinesPerSecond), ChatEvent, visitor);
            }

            if (visitor.MoveSeconds > 0 && _booths.Count > 1)
            {
                Add(visitor.MoveSeconds / (day.ScaleMoves ? multiplier : 1), MoveEvent, visitor);
            }
        }

        if (day.ChurnPerSecond > 0 && _wanderers.Count > 0)
        {
            Add(1 / day.ChurnPerSecond, ArrivalEvent, null);
        }

        // Live readers stay as long as visitors do: the same share of them leaves and comes back each second.
        if (day.ChurnPerSecond > 0 && _readers.Count > 0 && _visitors.Count > 0)
        {
            Add(_visitors.Count / (day.ChurnPerSecond * _readers.Count), ReaderEvent, null);
        }

        if (day.AnnounceSeconds > 0 && day.Organisers > 0 && _consoles.Length > 0)
        {
            Add(day.AnnounceSeconds, AnnounceEvent, null);
        }

        events.Sort((a, b) => a.At.CompareTo(b.At));
        var next = 0;
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            if (step.WindowCpuStartMs is null && now >= step.MeasureStart)
            {
                step.WindowCpuStartMs = CpuMs();
                step.ReceivedBytesAtStart = Interlocked.Read(ref _receivedBytes);
                step.ReceivedMessagesAtStart = Interlocked.Read(ref _receivedMessages);
            }

            if (now >= step.MeasureEnd)
            {
                break;
            }

            for (; next < events.Count && events[next].At <= now; next++)
            {
                var (at, kind, visitor) = events[next];
                step.Lag(now - at);
                switch (kind)
                {
                    case ChatEvent:
                        DayChat(step, visitor!, at, next);
                        break;
                    case MoveEvent:
                        DayMove(step, visitor!, at);
                        break;
                    case ReaderEvent:
                        ReaderChurn(step);
                        break;
                    case AnnounceEvent:
                        _ = AnnounceAsync(step, at);
                        break;
                    default:
                        Arrive(step);
                        break;
                }
            }

            Thread.Sleep(1);
        }

        step.WindowCpuMs = CpuMs() - (step.WindowCpuStartMs ?? CpuMs());
        step.ReceivedBytes = Interlocked.Read(ref _receivedBytes) - step.ReceivedBytesAtStart;
        step.ReceivedMessages = Interlocked.Read(ref _receivedMessages) - step.ReceivedMessagesAtStart;
    }

    private void DayChat(StepState step, Visitor sender, long scheduled, int number)
    {
        // A wanderer between booths (or between connections) says nothing until it has arrived.
        if (Volatile.Read(ref sender.Busy) == 1 || sender.Current is not { } booth || sender.Client is not { IsOpen: true } client)
        {
            Interlocked.Increment(ref step.ChatsSkipped);
            return;
        }

        step.Scheduled++;
        if (step.InWindow(scheduled))
        {
            step.LinesInWindow++;
        }

        var clientMessageId = $"w{_plan.WorkerId}s{step.Number}d{number}";
        _ = DaySendAsync(step, client, booth, clientMessageId, ChatText.Format(clientMessageId, scheduled));
    }

    private async Task DaySendAsync(StepState step, IHubClient client, WorkerBooth booth, string clientMessageId, string text)
    {
        Interlocked.Increment(ref step.InFlight);
        try
        {
            step.Acknowledge(booth, await client.SendChatAsync(booth.Id, clientMessageId, text));
        }
        catch (HubCallException exception)
        {
            Interlocked.Increment(ref step.SendErrors);
            step.Error(exception.Message);
        }
        finally
        {
            Interlocked.Decrement(ref step.InFlight);
        }
    }

    private void DayMove(StepState step, Visitor wanderer, long scheduled)
    {
        if (wanderer.Client is not { IsOpen: true } || Interlocked.Exchange(ref wanderer.Busy, 1) == 1)
        {
            Interlocked.Increment(ref step.MovesSkipped);
            return;
        }

        var target = PickBooth(wanderer.Current);
        if (target.Index == 0 && step.InWindow(scheduled))
        {
            Interlocked.Increment(ref step.JoinsInWindow);
        }

        _ = MoveAsync(step, wanderer, target);
    }

    private DayStepReport DayReport(StepState step) => new(
        Interlocked.Read(ref step.Arrivals),
        Interlocked.Read(ref step.ArrivalErrors),
        Interlocked.Read(ref step.ChatsSkipped),
        Interlocked.Read(ref step.ConsoleRequests),
        Interlocked.Read(ref step.ConsoleErrors),
        step.ConsoleLatency.ToData(),
        step.ReceivedBytes,
        step.ReceivedMessages,
        _visitors.Count(v => v.Client is { IsOpen: true }),
        Interlocked.Read(ref step.JoinsInWindow),
        Interlocked.Read(ref step.LinesInWindow),
        Interlocked.Read(ref step.AllDeliveries),
        _readers.Count > 0 ? LiveReport(step) : null);

    private static double Between(Random random, double[] range) =>
        range.Length == 1 ? range[0] : range[0] + (random.NextDouble() * (range[1] - range[0]));
}
