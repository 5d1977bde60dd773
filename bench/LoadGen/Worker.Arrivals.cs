namespace Expo.Bench.LoadGen;

/// <summary>The expo-day mixes' arrivals and departures, and where a visitor goes next: a booth picked by popularity.</summary>
internal sealed partial class Worker
{
    /// <summary>A visitor leaves (its connection closes) and a new one arrives: a new guest session, a connection, a booth.</summary>
    private void Arrive(StepState step)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var visitor = _wanderers[Random.Shared.Next(_wanderers.Count)];
            if (Interlocked.Exchange(ref visitor.Busy, 1) == 0)
            {
                _ = ArriveAsync(step, visitor);
                return;
            }
        }

        Interlocked.Increment(ref step.MovesSkipped);
    }

    private async Task ArriveAsync(StepState step, Visitor visitor)
    {
        Interlocked.Increment(ref step.MovesInFlight);
        try
        {
            var leaving = visitor.Client;
            visitor.Current = null;
            visitor.Client = null;
            Interlocked.Increment(ref step.Arrivals);
            if (leaving is not null)
            {
                await leaving.DisposeAsync();
            }

            await StartSessionAsync(visitor);
            await OpenAsync(visitor);
            await MoveAsync(step, visitor, PickBooth(null));
        }
        catch (Exception exception) when (exception is HttpRequestException or HubCallException or OperationCanceledException or TimeoutException
            or System.Net.WebSockets.WebSocketException or System.Text.Json.JsonException)
        {
            Interlocked.Increment(ref step.ArrivalErrors);
            step.Error($"arrival: {exception.Message}");
            Volatile.Write(ref visitor.Busy, 0);
        }
        finally
        {
            Interlocked.Decrement(ref step.MovesInFlight);
        }
    }

    /// <summary>A booth of this worker by popularity, never the one the visitor is in.</summary>
    private WorkerBooth PickBooth(WorkerBooth? current)
    {
        // Draw over the weights with the current booth's left out: shift the draw past its interval.
        var (start, weight) = current is null ? (0.0, 0.0)
            : current.Index == 0 ? (0.0, _cumulativeWeights[0])
            : (_cumulativeWeights[current.Index - 1], _cumulativeWeights[current.Index] - _cumulativeWeights[current.Index - 1]);
        var draw = Random.Shared.NextDouble() * (_cumulativeWeights[^1] - weight);
        if (current is not null && draw >= start)
        {
            draw += weight;
        }

        var index = Array.BinarySearch(_cumulativeWeights, draw);
        index = index < 0 ? ~index : index + 1;
        var booth = _booths[Math.Min(index, _booths.Count - 1)];
        return booth != current ? booth : _booths[(booth.Index + 1) % _booths.Count];
    }
}
