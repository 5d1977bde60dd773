using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Expo.Grains;
using Expo.Web.Auth;
using Expo.Web.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Expo.Web.Limits;

/// <summary>
/// ASP.NET Core's rate limiter over every state-changing API request: a request takes a token from its user's
/// bucket (the visitor id of the session, when there is one) and from its client address's bucket (after forwarded
/// headers from a trusted proxy), per kind of request. A refusal is <c>429</c> problem details with
/// <c>code: rate_limited</c> and <c>Retry-After</c>.
/// </summary>
public static class RequestRateLimits
{
    public static IServiceCollection AddExpoRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitValidation>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            // The user's bucket first: a request the user's own limit refuses costs the address (and so the other
            // people behind it) nothing. One the address refuses still costs the user a token or two (the middleware
            // tries once more), which a well-behaved person, far below their limit, does not feel.
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => ByUser(http, settings)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => ByAddress(http, settings)));
            limiter.OnRejected = RefuseAsync;
        });
        return services;
    }

    /// <summary>After authentication, so a request's user is known; before anything that costs the cluster a call.</summary>
    public static IApplicationBuilder UseExpoRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    private static RateLimitPartition<string> ByUser(HttpContext http, RateLimitOptions settings) =>
        RequestKinds.Of(http.Request) is { } kind && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } visitorId
            ? Bucket($"{kind}|user|{visitorId}", Limit(settings, kind).PerUser)
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static RateLimitPartition<string> ByAddress(HttpContext http, RateLimitOptions settings) =>
        RequestKinds.Of(http.Request) is { } kind
            ? Bucket($"{kind}|address|{ClientAddresses.Of(http)}", Limit(settings, kind).PerAddress)
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static RequestLimit Limit(RateLimitOptions settings, string kind) => kind switch
    {
        RequestKinds.Sessions => settings.Sessions,
        RequestKinds.Uploads => settings.Uploads,
        _ => settings.Writes,
    };

    // Replenished by the partitioned limiter's own timer, not one timer per bucket; idle buckets are dropped by it too.
    private static RateLimitPartition<string> Bucket(string key, TokenLimit limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = limit.Refill,
            ReplenishmentPeriod = limit.Every,
            QueueLimit = 0,
            AutoReplenishment = false,
        });

    private static ValueTask RefuseAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var refusal = new ExpoException(ExpoErrors.RateLimited, $"Too many requests of this kind from you; try again in {seconds} s.");
        return new ValueTask(ExpoProblems.From(refusal).ExecuteAsync(context.HttpContext));
    }

    private sealed class RateLimitValidation : IValidateOptions<RateLimitOptions>
    {
        public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
            options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
    }
}
