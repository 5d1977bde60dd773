using System.Diagnostics;
using Expo.Bench.Shared;

namespace Expo.Bench.LoadGen;

internal sealed partial class Worker
{
    /// <summary>
    /// Runs one step: sends are scheduled in advance (open loop), evenly over the step, and go out on time
    /// whether or not earlier ones were answered; then waits for the last deliveries and counts what is missing.
    /// </summary>
    public async Task<StepReport> RunStepAsync(StepCommand command)
    {
        var step = new StepState(command, ++_steps, _booths.Count);
        var closedBefore = Interlocked.Read(ref _closed);
        _step = step;
        await Task.Factory.StartNew(() =>
        {
            if (_plan.Day is null)
            {
                Schedule(step);
            }
            else
            {
                ScheduleDay(step);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var deadline = step.MeasureEnd + StepState.Ticks(command.DrainSeconds);
        while (Stopwatch.GetTimestamp() < deadline && (Interlocked.Read(ref step.InFlight) > 0 || Interlocked.Read(ref step.MovesInFlight) > 0))
        {
            await Task.Delay(20);
        }

        long missing;
        while (true)
        {
            missing = step.CountMissing(_booths);
            var presenceMissing = Interlocked.Read(ref step.PresenceExpected) - Interlocked.Read(ref step.PresenceReceived);
            if ((missing == 0 && presenceMissing <= 0) || Stopwatch.GetTimestamp() >= deadline)
            {
                break;
            }

            await Task.Delay(50);
        }

        return new StepReport(
            Scheduled: step.Scheduled,
            Acked: Interlocked.Read(ref step.Acked),
            SendErrors: Interlocked.Read(ref step.SendErrors),
            Unacknowledged: Interlocked.Read(ref step.InFlight),
            ExpectedDeliveries: Interlocked.Read(ref step.ExpectedDeliveries),
            MeasuredDeliveries: Interlocked.Read(ref step.MeasuredDeliveries),
            Lost: missing,
            Duplicates: Interlocked.Read(ref step.Duplicates),
            WrongBooth: Interlocked.Read(ref step.WrongBooth),
            OtherDeliveries: Interlocked.Read(ref step.OtherDeliveries),
            ChatLatency: step.ChatLatency.ToData(),
            MovesDone: Interlocked.Read(ref step.MovesDone),
            MovesInWindow: Interlocked.Read(ref step.MovesInWindow),
            MoveErrors: Interlocked.Read(ref step.MoveErrors),
            MovesSkipped: Interlocked.Read(ref step.MovesSkipped),
            PresenceExpected: Interlocked.Read(ref step.PresenceExpected),
            PresenceMissed: Math.Max(0, Interlocked.Read(ref step.PresenceExpected) - Interlocked.Read(ref step.PresenceReceived)),
            PresenceLatency: step.PresenceLatency.ToData(),
            SendLagMaxMs: StepState.Micros(Interlocked.Read(ref step.SendLagMaxTicks)) / 1000.0,
            CpuMs: step.WindowCpuMs,
            ClosedConnections: Interlocked.Read(ref _closed) - closedBefore - Interlocked.Read(ref step.Arrivals),
            FirstError: step.FirstError,
            Day: _plan.Day is null ? null : DayReport(step));
    }

    public void OnChat(Visitor visitor, bool inBooth, long sequence, long scheduled)
    {
        var now = Stopwatch.GetTimestamp();
        if (_step is not { } step)
        {
            return;
        }

        if (scheduled >= 0 && step.InWindow(scheduled))
        {
            Interlocked.Increment(ref step.AllDeliveries);
        }

        if (!visitor.Stationary)
        {
            Interlocked.Increment(ref step.OtherDeliveries);
            return;
        }

        if (!inBooth)
        {
            Interlocked.Increment(ref step.WrongBooth);
            return;
        }

        SequenceSet.Outcome outcome;
        lock (visitor.Received)
        {
            outcome = visitor.Received.Add(sequence);
        }

        if (outcome == SequenceSet.Outcome.Duplicate)
        {
            Interlocked.Increment(ref step.Duplicates);
        }
        else if (outcome == SequenceSet.Outcome.New && scheduled >= 0 && step.InWindow(scheduled))
        {
            Interlocked.Increment(ref step.MeasuredDeliveries);
            step.ChatLatency.Record(StepState.Micros(now - scheduled));
        }
    }

    public void OnPresence(Visitor receiver, string boothId, List<string> joined)
    {
        var now = Stopwatch.GetTimestamp();
        if (_step is not { } step || !receiver.Stationary)
        {
            return;
        }

        if (receiver.Current is not { } booth || booth.Id != boothId)
        {
            return;
        }

        foreach (var visitorId in joined)
        {
            if (_wanderersById.TryGetValue(visitorId, out var wanderer) && Volatile.Read(ref wanderer.MoveStep[booth.Index]) == step)
            {
                Interlocked.Increment(ref step.PresenceReceived);
                var started = Interlocked.Read(ref wanderer.MoveStarted[booth.Index]);
                if (step.InWindow(started))
                {
                    step.PresenceLatency.Record(StepState.Micros(now - started));
                }
            }
        }
    }

    private void Schedule(StepState step)
    {
        var frequency = (double)Stopwatch.Frequency;
        var chatRate = _chatters.Count > 0 ? step.Command.ChatPerSecond : 0;
        var moveRate = _wanderers.Count > 0 && _booths.Count > 1 ? step.Command.MovesPerSecond : 0;
        long chats = 0, moves = 0;
        long NextChat() => chatRate > 0 ? step.Start + (long)(chats * frequency / chatRate) : long.MaxValue;
        long NextMove() => moveRate > 0 ? step.Start + (long)(moves * frequency / moveRate) : long.MaxValue;

        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            var nextChat = NextChat();
            while (nextChat <= now && nextChat < step.MeasureEnd)
            {
                SendChat(step, chats, nextChat, now);
                chats++;
                nextChat = NextChat();
            }

            var nextMove = NextMove();
            while (nextMove <= now && nextMove < step.MeasureEnd)
            {
                Move(step, moves);
                moves++;
                nextMove = NextMove();
            }

            if (nextChat >= step.MeasureEnd && nextMove >= step.MeasureEnd)
            {
                while (Stopwatch.GetTimestamp() < step.MeasureEnd)
                {
                    Thread.Sleep(1);
                }

                step.WindowCpuMs = CpuMs() - (step.WindowCpuStartMs ?? CpuMs());
                return;
            }

            if (step.WindowCpuStartMs is null && Stopwatch.GetTimestamp() >= step.MeasureStart)
            {
                step.WindowCpuStartMs = CpuMs();
            }

            // Sleeping, not spinning: the generator shares two cores with the servers. A send goes out at most
            // about a millisecond late, and that lateness counts in its latency (measured from the schedule).
            if (Math.Min(nextChat, nextMove) > Stopwatch.GetTimestamp())
            {
                Thread.Sleep(1);
            }
        }
    }

    private void SendChat(StepState step, long number, long scheduled, long now)
    {
        step.Scheduled++;
        step.Lag(now - scheduled);
        var chatter = _chatters[(int)(number % _chatters.Count)];
        var clientMessageId = $"w{_plan.WorkerId}s{step.Number}m{number}";
        _ = SendChatAsync(step, chatter, clientMessageId, ChatText.Format(clientMessageId, scheduled));
    }

    private async Task SendChatAsync(StepState step, Visitor chatter, string clientMessageId, string text)
    {
        Interlocked.Increment(ref step.InFlight);
        try
        {
            var sequence = await chatter.Client!.SendChatAsync(chatter.Home.Id, clientMessageId, text);
            step.Acknowledge(chatter.Home, sequence);
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

    private void Move(StepState step, long number)
    {
        var wanderer = _wanderers[(int)(number % _wanderers.Count)];
        if (Interlocked.Exchange(ref wanderer.Busy, 1) == 1)
        {
            Interlocked.Increment(ref step.MovesSkipped);
            return;
        }

        var target = _booths[(wanderer.Current!.Index + 1) % _booths.Count];
        _ = MoveAsync(step, wanderer, target);
    }

    private async Task MoveAsync(StepState step, Visitor wanderer, WorkerBooth target)
    {
        Interlocked.Increment(ref step.MovesInFlight);
        var started = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref wanderer.MoveStarted[target.Index], started);
        Volatile.Write(ref wanderer.MoveStep[target.Index], step);
        wanderer.Current = target;
        try
        {
            await wanderer.Client!.EnterBoothAsync(target.Id);
            Interlocked.Increment(ref step.MovesDone);
            if (step.InWindow(started))
            {
                Interlocked.Increment(ref step.MovesInWindow);
            }

            Interlocked.Add(ref step.PresenceExpected, target.Stationary.Count);
        }
        catch (HubCallException exception)
        {
            Interlocked.Increment(ref step.MoveErrors);
            step.Error(exception.Message);
        }
        finally
        {
            Interlocked.Decrement(ref step.MovesInFlight);
            Volatile.Write(ref wanderer.Busy, 0);
        }
    }
}
