namespace Expo.Web.Limits;

/// <summary>
/// Bound from <c>Expo:RateLimits</c>: the HTTP limits of a Web node. Per-user limits are what a person needs at
/// their busiest; per-address limits leave room for many people behind one address (a school, an office, a
/// carrier's NAT), so tests and benchmarks, which send everything from loopback, raise them.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Expo:RateLimits";

    /// <summary><c>POST /api/auth/guest</c>, <c>/register</c> and <c>/sign-in</c>: a session is cheap to ask for and costly to keep.</summary>
    public RequestLimit Sessions { get; set; } = new()
    {
        PerUser = new(10, 1, TimeSpan.FromSeconds(6)),
        PerAddress = new(30, 1, TimeSpan.FromSeconds(2)),
    };

    /// <summary><c>POST /api/booths/{boothId}/media</c>: each upload may be tens of megabytes.</summary>
    public RequestLimit Uploads { get; set; } = new()
    {
        PerUser = new(10, 1, TimeSpan.FromSeconds(6)),
        PerAddress = new(30, 1, TimeSpan.FromSeconds(2)),
    };

    /// <summary>Every other <c>POST</c>, <c>PUT</c>, <c>PATCH</c> and <c>DELETE</c> under <c>/api</c>.</summary>
    public RequestLimit Writes { get; set; } = new()
    {
        PerUser = new(60, 1, TimeSpan.FromSeconds(1)),
        PerAddress = new(300, 5, TimeSpan.FromSeconds(1)),
    };

    public string? Validate() =>
        Sessions.Validate($"{Section}:Sessions") ?? Uploads.Validate($"{Section}:Uploads") ?? Writes.Validate($"{Section}:Writes");
}
