using Expo.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Expo.Web.Tests.Faults;

/// <summary>An Orleans client of a test cluster, for what only the cluster knows: how many grain activations it holds.</summary>
public sealed class ClusterProbe : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterProbe(IHost host) => _host = host;

    public static async Task<ClusterProbe> ConnectAsync(ExpoProcesses expo)
    {
        var builder = Host.CreateApplicationBuilder();
        // Only the cluster's own settings: an appsettings.json copied into the test output (a Silo's, with its
        // reminder provider) must not make the probe configure providers a client does not have.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ExpoStorage"] = expo.Storage.ConnectionString,
            ["Orleans:ClusterId"] = expo.ClusterId,
            ["Orleans:ServiceId"] = expo.ClusterId,
            ["Orleans:Clustering:ProviderType"] = "AzureTableStorage",
            ["Orleans:Clustering:ConnectionName"] = "ExpoStorage",
        });
        builder.UseOrleansClient();
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterProbe(host);
    }

    public async Task<int> ActivationsAsync()
    {
        var statistics = await _host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Sum(s => s.ActivationCount);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
