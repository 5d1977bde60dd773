using System.Net;

namespace Expo.Web.Hosting;

/// <summary>
/// Bound from <c>Expo:Metrics</c>: the client networks (CIDR) that may read <c>/metrics</c>. Unset, Development
/// serves it to anyone (tests and the benchmark read it) and every other environment to loopback only.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Expo:Metrics";

    public string[] AllowedNetworks { get; set; } = [];

    public string? Validate() =>
        AllowedNetworks.Any(n => !IPNetwork.TryParse(n, out _)) ? "Expo:Metrics:AllowedNetworks holds networks in CIDR form (10.0.0.0/8)." : null;
}
