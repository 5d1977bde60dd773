using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Expo.Web.Tests.BadInput;

/// <summary>
/// One more Web node on the fixture's cluster whose log the test reads: the hub filter's refusals at Debug, and
/// everything else at the fixture's level. Every rate limit is out of reach, so each request reaches binding.
/// </summary>
public sealed class LoggedWebFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    public static async Task<LoggedWebFactory> StartAsync(ExpoClusterFixture cluster)
    {
        var web = new LoggedWebFactory(cluster.Settings);
        using var http = web.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await http.GetAsync("/health/ready")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The Web node did not become ready.");
            }

            await Task.Delay(200);
        }

        return web;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(RepoPaths.Of("Web"));
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings).AddInMemoryCollection(TestRateLimits.AllRaised()).AddInMemoryCollection(
            new Dictionary<string, string?> { ["Logging:LogLevel:Expo.Web.Hubs.ExpoHubFilter"] = "Debug" }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
