using Expo.Grains;

namespace Expo.Web.Endpoints;

/// <summary>A <c>rate_limited</c> refusal with the <c>Retry-After</c> header its <see cref="ExpoException.RetryAfter"/> names.</summary>
public sealed class RetryAfterProblem(ExpoException refusal) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var seconds = (int)Math.Ceiling((refusal.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
        httpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ExpoProblems.From(refusal).ExecuteAsync(httpContext);
    }
}
