using System.Collections.Concurrent;
using Expo.Grains.Models;

namespace Expo.Web.Services;

/// <summary>This node's connections in one booth, and whether the node is subscribed to it.</summary>
internal sealed class LocalBooth(string boothId)
{
    public string BoothId { get; } = boothId;

    public ConcurrentDictionary<string, VisitorRef> Connections { get; } = new();

    /// <summary>Connections waiting in the booth's queue, and those whose entry the booth has not answered yet.</summary>
    public ConcurrentDictionary<string, VisitorRef> Queued { get; } = new();

    /// <summary>Serialises subscribe, renew and unsubscribe for this booth.</summary>
    public SemaphoreSlim Sync { get; } = new(1, 1);

    public bool Subscribed { get; set; }

    /// <summary>Set once the booth left the node's table; an attach that raced with that must start over.</summary>
    public bool Removed { get; set; }
}
