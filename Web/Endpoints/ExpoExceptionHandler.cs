using System.Text.Json;
using Expo.Grains;
using Microsoft.AspNetCore.Diagnostics;

namespace Expo.Web.Endpoints;

/// <summary>
/// The one place where a failure becomes a response, for every endpoint and every endpoint filter: a refusal answers
/// its code, input the framework could not read answers <c>invalid_input</c> (or <c>too_large</c>,
/// <c>unsupported_media_type</c>) naming the field, and a cluster that could not answer answers <c>unavailable</c>.
/// Anything else is a server fault: left to the framework's 500, which logs it.
/// </summary>
internal sealed partial class ExpoExceptionHandler(ILogger<ExpoExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var refusal = exception switch
        {
            ExpoException expo => expo,
            BadHttpRequestException bad => FromBadRequest(bad),
            OrleansException or TimeoutException => Unavailable(exception),
            _ => null,
        };
        if (refusal is null || http.Response.HasStarted)
        {
            return false;
        }

        if (refusal.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await ExpoProblems.From(refusal).ExecuteAsync(http);
        return true;
    }

    /// <summary>
    /// Minimal APIs throw this for a body, route or query value they cannot bind (always: see
    /// <see cref="ExpoProblemsHosting"/>), with the status they would have answered.
    /// </summary>
    private static ExpoException FromBadRequest(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => new(ExpoErrors.TooLarge, "The request body is larger than this endpoint accepts."),
        StatusCodes.Status415UnsupportedMediaType => new(ExpoErrors.UnsupportedMediaType, "Send the body as application/json."),
        _ when bad.InnerException is JsonException json => ExpoException.Invalid(DescribeJson(json)),
        _ => ExpoException.Invalid(bad.Message),
    };

    private static string DescribeJson(JsonException json) => json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
        ? $"The field '{path[2..]}' in the request body has the wrong kind of value, or the JSON breaks off or nests too deep there."
        : "The request body is not a JSON object of the documented shape.";

    private ExpoException Unavailable(Exception failure)
    {
        LogUnavailable(logger, failure);
        return new ExpoException(ExpoErrors.Unavailable, "The expo could not complete this just now; try again.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A grain call failed; answered 503 unavailable")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
