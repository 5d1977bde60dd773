using Expo.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// Azurite, a real silo host on loopback ports (Azure Table membership, Azure Blob storage) and two Web nodes,
/// shared by the tests of one collection. Every run uses its own cluster and storage, so it passes beside a
/// running expo.
/// </summary>
public sealed class ExpoClusterFixture : IAsyncLifetime
{
    public const string OrganiserEmail = "organiser@expo.test";
    public const string OrganiserPassword = "organiser password";

    /// <summary>Small, so a test can send an oversized brochure cheaply.</summary>
    public const long MaxBrochureBytes = 256 * 1024;

    /// <summary>Small, so a test can send an oversized image cheaply.</summary>
    public const long MaxImageBytes = 64 * 1024;

    private IHost? _silo;

    public Azurite Storage { get; private set; } = null!;

    public ExpoWebFactory WebA { get; private set; } = null!;

    public ExpoWebFactory WebB { get; private set; } = null!;

    public IClusterClient SiloClient => (IClusterClient)_silo!.Services.GetService(typeof(IClusterClient))!;

    public Dictionary<string, string?> Settings { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Storage = await Azurite.StartAsync();
        var clusterId = $"test-{Guid.NewGuid():N}";
        Settings["ConnectionStrings:ExpoStorage"] = Storage.ConnectionString;
        Settings["Orleans:ClusterId"] = clusterId;
        Settings["Orleans:ServiceId"] = clusterId;
        Settings["Expo:Presence:CoalesceWindow"] = "00:00:00.050";
        Settings["Expo:Gateway:GatewayListRefreshPeriod"] = "00:00:02";
        Settings["Expo:Messaging:ResponseTimeout"] = "00:00:10";
        Settings["Expo:ChatBurst"] = "200";

        // Everything here comes from loopback: per-address limits raised, per-user limits as shipped.
        foreach (var (key, value) in TestRateLimits.PerAddressRaised())
        {
            Settings[key] = value;
        }

        Settings["Expo:Attendance:SampleInterval"] = "00:00:01";
        Settings["Expo:Passport:DwellThreshold"] = "00:00:03";
        Settings["Expo:Media:MaxBrochureBytes"] = MaxBrochureBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Expo:Media:MaxImageBytes"] = MaxImageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Expo:Organiser:Email"] = OrganiserEmail;
        Settings["Expo:Organiser:Password"] = OrganiserPassword;
        Settings["Logging:LogLevel:Default"] = "Warning";
        Settings["Logging:Console:FormatterName"] = "simple";

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = RepoPaths.Of("Silo"),
            EnvironmentName = "Development",
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Expo:Silo:SiloPort"] = FreePorts.Next().ToString(),
            ["Expo:Silo:GatewayPort"] = FreePorts.Next().ToString(),
            ["Expo:Seed:File"] = RepoPaths.Of("Silo", "Seed", "demo-expo.json"),
        });
        builder.AddExpoSilo();
        _silo = builder.Build();
        await _silo.StartAsync();

        WebA = new ExpoWebFactory(Settings);
        WebB = new ExpoWebFactory(Settings);
        await WaitUntilReadyAsync(WebA);
        await WaitUntilReadyAsync(WebB);
    }

    public static async Task WaitUntilReadyAsync(ExpoWebFactory web)
    {
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
    }

    public async ValueTask DisposeAsync()
    {
        await WebA.DisposeAsync();
        await WebB.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync(TimeSpan.FromSeconds(5));
            _silo.Dispose();
        }

        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExpoClusterCollection : ICollectionFixture<ExpoClusterFixture>
{
    public const string Name = "expo cluster";
}
