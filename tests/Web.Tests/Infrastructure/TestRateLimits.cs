namespace Expo.Web.Tests.Infrastructure;

/// <summary>
/// The settings every test Web node runs with: tests send everything from loopback (or, in process, from no address
/// at all), so the per-address limits, which would throttle the whole suite as one client, are raised out of reach.
/// Per-user limits keep their defaults: each test's visitors stay within what a person does.
/// </summary>
public static class TestRateLimits
{
    private const string OutOfReach = "1000000";

    /// <summary>Keys in configuration form (<c>Expo:RateLimits:Writes:PerAddress:Burst</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> PerAddressRaised() =>
        from kind in new[] { "Sessions", "Uploads", "Writes" }
        from setting in new[] { "Burst", "Refill" }
        select KeyValuePair.Create($"Expo:RateLimits:{kind}:PerAddress:{setting}", (string?)OutOfReach);

    /// <summary>The same as environment variables of a Web process (<c>Expo__RateLimits__Writes__PerAddress__Burst</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string>> PerAddressRaisedEnvironment() =>
        PerAddressRaised().Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value!));
}
