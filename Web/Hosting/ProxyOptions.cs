using System.Net;

namespace Expo.Web.Hosting;

/// <summary>
/// Bound from <c>Expo:Proxy</c>: the reverse proxies (addresses) and proxy networks (CIDR) whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> a Web node believes. With none, the node reads neither
/// header, and the client address is the connection's.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Expo:Proxy";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public string? Validate() =>
        KnownProxies.Any(p => !IPAddress.TryParse(p, out _)) ? "Expo:Proxy:KnownProxies holds IP addresses."
        : KnownNetworks.Any(n => !IPNetwork.TryParse(n, out _)) ? "Expo:Proxy:KnownNetworks holds networks in CIDR form (10.0.0.0/8)."
        : null;
}
