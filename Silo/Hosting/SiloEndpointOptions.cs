namespace Expo.Silo.Hosting;

/// <summary>Bound from <c>Expo:Silo</c>: where this silo listens and what address it advertises to the cluster.</summary>
public sealed class SiloEndpointOptions
{
    public const string Section = "Expo:Silo";

    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
