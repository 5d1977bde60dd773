using System.Diagnostics.Metrics;

namespace Expo.Web.Telemetry;

/// <summary>What a Web node publishes under the <c>Expo.Web</c> meter.</summary>
public static class ExpoWebMetrics
{
    public const string MeterName = "Expo.Web";

    private static readonly Meter Meter = new(MeterName);

    public static readonly UpDownCounter<long> Connections =
        Meter.CreateUpDownCounter<long>("expo.web.connections", description: "Hub connections open on this node.");

    public static readonly Counter<long> ChatDeliveries =
        Meter.CreateCounter<long>("expo.web.chat_deliveries", description: "Chat lines handed to local connections (one per connection per line).");

    public static readonly Counter<long> PresenceDeliveries =
        Meter.CreateCounter<long>("expo.web.presence_deliveries", description: "Presence changes handed to local connections.");

    public static readonly Counter<long> SlowReadersClosed =
        Meter.CreateCounter<long>("expo.web.slow_readers_closed", description: "Connections closed because they stopped taking the messages sent to them.");

    public static readonly Counter<long> BoothEvents =
        Meter.CreateCounter<long>("expo.web.booth_events", description: "Events received from booth grains (one per booth event, whatever the local audience).");

    public static readonly Histogram<double> HubCallDuration =
        Meter.CreateHistogram<double>("expo.web.hub_call.duration", unit: "ms", description: "Hub method duration, grain calls included.");

    public static readonly Histogram<double> GrainCallDuration =
        Meter.CreateHistogram<double>("expo.web.grain_call.duration", unit: "ms", description: "Duration of grain calls made by this node.");
}
