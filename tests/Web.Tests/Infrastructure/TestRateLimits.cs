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

    /// <summary>
    /// Every limit out of reach, per user too: for a test that sends thousands of requests as one visitor and needs
    /// each of them to reach the endpoint's own checks rather than the limiter.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> AllRaised() =>
        from kind in new[] { "Sessions", "Uploads", "Writes" }
        from scope in new[] { "PerAddress", "PerUser" }
        from setting in new[] { "Burst", "Refill" }
        select KeyValuePair.Create($"Expo:RateLimits:{kind}:{scope}:{setting}", (string?)OutOfReach);

    /// <summary>The same as environment variables of a Web process (<c>Expo__RateLimits__Writes__PerAddress__Burst</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string>> PerAddressRaisedEnvironment() =>
        PerAddressRaised().Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value!));
}
