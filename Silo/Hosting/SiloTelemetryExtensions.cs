using Expo.Grains;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Expo.Silo.Hosting;

public static class SiloTelemetryExtensions
{
    /// <summary>
    /// Metrics of the grains, Orleans and the runtime. They are exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; without it, <c>dotnet-counters monitor</c> reads the same meters live.
    /// </summary>
    public static IHostApplicationBuilder AddExpoSiloTelemetry(this IHostApplicationBuilder builder)
    {
        var metrics = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("expo-silo"))
            .WithMetrics(m =>
            {
                m.AddMeter(ExpoGrainMetrics.MeterName, "Microsoft.Orleans").AddRuntimeInstrumentation();
                if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    m.AddOtlpExporter();
                }
            });
        return builder;
    }
}
