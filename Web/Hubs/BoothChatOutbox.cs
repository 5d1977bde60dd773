using System.Collections.Concurrent;
using Expo.Grains;
using Expo.Grains.Models;

namespace Expo.Web.Hubs;

/// <summary>
/// Hands each booth the lines this node's connections send it, many to a grain call: while one call is on its way to
/// the booth and its storage write, the lines that arrive meanwhile wait and go together in the next. The booth stores
/// a call's lines in one write anyway, so they lose nothing by waiting, and the node and the Silo pay one call's
/// messaging, serialisation and scheduling for all of them instead of one each. One call at a time per booth from this
/// node keeps every connection's lines in the order it sent them.
/// </summary>
public sealed class BoothChatOutbox
{
    private readonly Func<string, IReadOnlyList<ChatSend>, Task<IReadOnlyList<ChatSendResult>>> _deliver;
    private readonly ConcurrentDictionary<string, Outbox> _booths = new(StringComparer.Ordinal);

    public BoothChatOutbox(IClusterClient cluster)
        : this((boothId, sends) => cluster.GetGrain<IBoothGrain>(boothId).SendChatBatchAsync(sends))
    {
    }

    /// <param name="deliver">Hands one booth a batch and returns one result per line, in order.</param>
    public BoothChatOutbox(Func<string, IReadOnlyList<ChatSend>, Task<IReadOnlyList<ChatSendResult>>> deliver) => _deliver = deliver;

    /// <summary>
    /// Queues the line at once (before returning, so a connection's next line queues after it) and completes once the
    /// booth has stored it, or with the booth's refusal of it.
    /// </summary>
    public Task<ChatMessage> SendAsync(string boothId, ChatSend line)
    {
        var pending = new PendingLine(line);
        var outbox = _booths.GetOrAdd(boothId, static _ => new Outbox());
        bool start;
        lock (outbox)
        {
            outbox.Queue.Add(pending);
            start = !outbox.Sending;
            outbox.Sending = true;
        }

        if (start)
        {
            _ = DrainAsync(boothId, outbox);
        }

        return pending.Stored.Task;
    }

    private async Task DrainAsync(string boothId, Outbox outbox)
    {
        while (true)
        {
            List<PendingLine> batch;
            lock (outbox)
            {
                if (outbox.Queue.Count == 0)
                {
                    outbox.Sending = false;
                    return;
                }

                var take = Math.Min(outbox.Queue.Count, ExpoRules.ChatSendsPerCall);
                batch = outbox.Queue.GetRange(0, take);
                outbox.Queue.RemoveRange(0, take);
            }

            await DeliverAsync(boothId, batch);
        }
    }

    private async Task DeliverAsync(string boothId, List<PendingLine> batch)
    {
        try
        {
            var results = await _deliver(boothId, [.. batch.Select(p => p.Line)]);
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException($"Booth '{boothId}' answered {results.Count} results for {batch.Count} lines.");
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Message is { } stored)
                {
                    batch[i].Stored.TrySetResult(stored);
                }
                else
                {
                    batch[i].Stored.TrySetException(new ExpoException(results[i].ErrorCode ?? ExpoErrors.Unavailable, results[i].Error ?? "The line was not stored; send it again."));
                }
            }
        }
        catch (Exception exception)
        {
            // Whether these lines were stored is unknown: each sender hears the failure and retries with the same id.
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(exception);
            }
        }
    }

    private sealed class Outbox
    {
        public List<PendingLine> Queue { get; } = [];

        public bool Sending { get; set; }
    }

    private sealed class PendingLine(ChatSend line)
    {
        public ChatSend Line { get; } = line;

        public TaskCompletionSource<ChatMessage> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
