using System.Diagnostics.Metrics;

namespace Expo.Grains;

/// <summary>Counters the grains publish under the <c>Expo.Grains</c> meter.</summary>
public static class ExpoGrainMetrics
{
    public const string MeterName = "Expo.Grains";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> ChatLinesStored =
        Meter.CreateCounter<long>("expo.booth.chat_lines", description: "Chat lines stored by booths.");

    public static readonly Counter<long> ChatJournalWrites =
        Meter.CreateCounter<long>("expo.chat.journal_writes", description: "Storage writes of chat journal shards, each holding lines of many booths.");

    public static readonly Counter<long> ObserverSends =
        Meter.CreateCounter<long>("expo.booth.observer_sends", description: "Events sent from booths to Web-node subscriptions (one per node, not per visitor).");

    public static readonly Counter<long> LeasesExpired =
        Meter.CreateCounter<long>("expo.booth.leases_expired", description: "Connections dropped from a booth because their lease ran out.");
}
