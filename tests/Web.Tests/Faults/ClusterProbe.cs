using Expo.Web.Tests.Infrastructure;
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
        builder.Configuration["ConnectionStrings:ExpoStorage"] = expo.Storage.ConnectionString;
        builder.Configuration["Orleans:ClusterId"] = expo.ClusterId;
        builder.Configuration["Orleans:ServiceId"] = expo.ClusterId;
        builder.Configuration["Orleans:Clustering:ProviderType"] = "AzureTableStorage";
        builder.Configuration["Orleans:Clustering:ConnectionName"] = "ExpoStorage";
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
