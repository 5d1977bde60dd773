using Expo.Web.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Expo.Web.Hosting;

public static class WebTelemetryExtensions
{
    /// <summary>
    /// Connections, deliveries, hub and grain-call latency, ASP.NET Core, Kestrel, SignalR and Orleans client
    /// metrics, readable at <c>/metrics</c> (Prometheus text) and exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddExpoWebTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("expo-web"))
            .WithMetrics(m =>
            {
                m.AddMeter(
                        ExpoWebMetrics.MeterName,
                        "Microsoft.AspNetCore.Hosting",
                        "Microsoft.AspNetCore.Server.Kestrel",
                        "Microsoft.AspNetCore.Http.Connections",
                        "Microsoft.AspNetCore.SignalR",
                        "Microsoft.Orleans")
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    m.AddOtlpExporter();
                }
            });
        return builder;
    }
}
