using System.Collections.Concurrent;
using Expo.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>
/// The protocol features each connection of this node enabled with <c>EnableFeatures</c>, and what follows from them:
/// a connection that takes chat in batches sits in its booth's batch group instead of the booth's line group, so
/// each write of the booth reaches it as one event.
/// </summary>
public sealed class HubFeatures(IOptions<ExpoHubOptions> options)
{
    /// <summary>One <c>ChatBatch</c> event per booth write instead of one <c>ChatMessage</c> per line.</summary>
    public const string ChatBatches = "chatBatches";

    // Only connections that enabled something are held: a v1 connection costs nothing here.
    private readonly ConcurrentDictionary<string, bool> _batched = new(StringComparer.Ordinal);

    /// <summary>Enables what this node offers of <paramref name="requested"/>; unknown names are ignored, so clients may ask for future ones.</summary>
    public IReadOnlyList<string> Enable(string connectionId, IEnumerable<string> requested)
    {
        var enabled = new List<string>();
        if (options.Value.ChatBatches && requested.Contains(ChatBatches, StringComparer.Ordinal))
        {
            _batched[connectionId] = true;
            enabled.Add(ChatBatches);
        }

        return enabled;
    }

    public bool TakesBatches(string connectionId) => _batched.ContainsKey(connectionId);

    /// <summary>The SignalR group through which the connection hears the booth.</summary>
    public string BoothGroupOf(string connectionId, string boothId) =>
        TakesBatches(connectionId) ? ExpoHub.BoothBatchGroup(boothId) : ExpoHub.BoothGroup(boothId);

    public void Forget(string connectionId) => _batched.TryRemove(connectionId, out _);
}
