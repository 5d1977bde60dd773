using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>A Web node in the test process, an Orleans client of the fixture's silo.</summary>
public sealed class ExpoWebFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    /// <summary>Serves over the network on a free loopback port of its own, as a real node does; returns the port.</summary>
    public int StartOnFreePort()
    {
        var port = FreePorts.Next();
        UseKestrel(port);
        StartServer();
        return port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(RepoPaths.Of("Web"));
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }
}
