using System.Collections.Concurrent;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// Roaming visitors spread evenly over Web nodes and booths (every booth has visitors on every node), and a
/// ledger of the chat lines the cluster acknowledged to them.
/// </summary>
public sealed class Crowd : IAsyncDisposable
{
    private readonly List<RoamingVisitor> _visitors;

    private Crowd(List<RoamingVisitor> visitors) => _visitors = visitors;

    public IReadOnlyList<RoamingVisitor> Visitors => _visitors;

    /// <summary>Acknowledged lines: booth, sequence, client message id, text.</summary>
    public ConcurrentBag<(string Booth, long Sequence, string ClientMessageId, string Text)> Acknowledged { get; } = [];

    public static async Task<Crowd> EnterAsync(IReadOnlyList<Uri> nodes, IReadOnlyList<string> booths, int size)
    {
        var visitors = new RoamingVisitor[size];
        var http = nodes.Select(node => new HttpClient { BaseAddress = node }).ToList();
        try
        {
            // A few at a time: a burst of hundreds of handshakes at once tests the machine, not the expo.
            await Parallel.ForEachAsync(Enumerable.Range(0, size), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var node = i % nodes.Count;
                var booth = booths[i / nodes.Count % booths.Count];
                var session = await ExpoHubClient.StartGuestAsync(http[node], $"Visitor {i}");
                visitors[i] = await RoamingVisitor.EnterAsync(session, booth, nodes, node);
            });
        }
        catch
        {
            await Task.WhenAll(visitors.Where(v => v is not null).Select(v => v.DisposeAsync().AsTask()));
            throw;
        }
        finally
        {
            http.ForEach(h => h.Dispose());
        }

        return new Crowd([.. visitors]);
    }

    public IReadOnlySet<string> IdsIn(string booth, Func<RoamingVisitor, bool>? where = null) =>
        _visitors.Where(v => v.BoothId == booth && (where?.Invoke(v) ?? true)).Select(v => v.VisitorId).ToHashSet();

    /// <summary>Waits until each of <paramref name="watchers"/> sees exactly the <paramref name="present"/> visitors of its booth.</summary>
    public Task<TimeSpan> WaitUntilPresenceAgreesAsync(IEnumerable<RoamingVisitor> watchers, Func<RoamingVisitor, bool> present, TimeSpan timeout)
    {
        var expected = _visitors.Select(v => v.BoothId).Distinct().ToDictionary(b => b, b => IdsIn(b, present));
        var list = watchers.ToList();
        return Eventually.WaitAsync("every visitor sees who is in its booth", () => list.All(v => v.Presence.Sees(expected[v.BoothId])), timeout, () =>
        {
            var wrong = list.Where(v => !v.Presence.Sees(expected[v.BoothId])).ToList();
            return $"{wrong.Count} disagree, e.g. {wrong.FirstOrDefault()?.Presence.Describe()} where {expected[wrong.FirstOrDefault()?.BoothId ?? expected.Keys.First()].Count} are in.";
        });
    }

    /// <summary>Waits until each of <paramref name="watchers"/> has every line its booth stored so far, with no gap.</summary>
    public Task<TimeSpan> WaitUntilLinesArriveAsync(IEnumerable<RoamingVisitor> watchers, TimeSpan timeout)
    {
        var last = Acknowledged.GroupBy(a => a.Booth).ToDictionary(g => g.Key, g => g.Max(a => a.Sequence));
        var list = watchers.ToList();
        bool Complete(RoamingVisitor v) => v.Chat.ContiguousThrough >= last.GetValueOrDefault(v.BoothId);
        return Eventually.WaitAsync("every visitor has every line of its booth", () => list.All(Complete), timeout, () =>
        {
            var behind = list.Where(v => !Complete(v)).ToList();
            return $"{behind.Count} behind, e.g. through {behind.FirstOrDefault()?.Chat.ContiguousThrough} of {last.GetValueOrDefault(behind.FirstOrDefault()?.BoothId ?? "")}.";
        });
    }

    /// <summary>Each sender sends numbered lines, one after another with a pause, until <paramref name="stop"/> fires.</summary>
    public Task ChatAsync(IEnumerable<RoamingVisitor> senders, TimeSpan pause, CancellationToken stop) =>
        Task.WhenAll(senders.Select(async sender =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                await SendAsync(sender, $"{sender.VisitorId}-{n}", $"line {n} from {sender.VisitorId}");
                await Task.Delay(pause, CancellationToken.None);
            }
        }));

    public async Task<long> SendAsync(RoamingVisitor sender, string clientMessageId, string text)
    {
        var sequence = await sender.SendChatAsync(text, clientMessageId);
        Acknowledged.Add((sender.BoothId, sequence, clientMessageId, text));
        return sequence;
    }

    public async ValueTask DisposeAsync() =>
        await Task.WhenAll(_visitors.Select(v => v.DisposeAsync().AsTask()));
}
