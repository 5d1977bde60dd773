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

    public static readonly Counter<long> ChatStorageWrites =
        Meter.CreateCounter<long>("expo.chat.storage_writes", description: "Storage writes that carry chat lines, by kind: journal, checkpoint (a booth's state), archive (a full page).");

    public static readonly Counter<long> ChatStorageLines =
        Meter.CreateCounter<long>("expo.chat.storage_lines", description: "Chat lines written to storage, by kind; over expo.booth.chat_lines, how often each line is written.");

    public static readonly Counter<long> ChatJournalBytes =
        Meter.CreateCounter<long>("expo.chat.journal_bytes", unit: "By", description: "Bytes appended to chat journal segments.");

    public static readonly Histogram<double> ChatStorageWriteDuration =
        Meter.CreateHistogram<double>("expo.chat.storage_write_duration", unit: "ms", description: "How long storage writes that carry chat lines take, by kind.");

    public static readonly Counter<long> ObserverSends =
        Meter.CreateCounter<long>("expo.booth.observer_sends", description: "Events sent from booths to Web-node subscriptions (one per node, not per visitor).");

    public static readonly Counter<long> LeasesExpired =
        Meter.CreateCounter<long>("expo.booth.leases_expired", description: "Connections dropped from a booth because their lease ran out.");

    /// <summary>Records one storage write that carried <paramref name="lines"/> chat lines.</summary>
    public static void ChatStorageWritten(string kind, int lines, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        ChatStorageWrites.Add(1, tag);
        ChatStorageLines.Add(lines, tag);
        ChatStorageWriteDuration.Record(elapsed.TotalMilliseconds, tag);
    }
}
