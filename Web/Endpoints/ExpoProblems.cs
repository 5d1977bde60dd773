using Expo.Grains;

namespace Expo.Web.Endpoints;

/// <summary>Problem details carrying the protocol's error code in <c>code</c>, and the sentence in <c>detail</c>.</summary>
public static class ExpoProblems
{
    public static IResult From(ExpoException refusal) => Results.Problem(
        title: Titles.GetValueOrDefault(refusal.Code, "Request refused"),
        detail: refusal.Message,
        statusCode: refusal.Code switch
        {
            ExpoErrors.BoothNotFound => StatusCodes.Status404NotFound,
            ExpoErrors.Unauthorized => StatusCodes.Status401Unauthorized,
            ExpoErrors.RateLimited => StatusCodes.Status429TooManyRequests,
            ExpoErrors.Unavailable => StatusCodes.Status503ServiceUnavailable,
            ExpoErrors.Forbidden => StatusCodes.Status403Forbidden,
            ExpoErrors.Conflict => StatusCodes.Status409Conflict,
            ExpoErrors.NotFound => StatusCodes.Status404NotFound,
            ExpoErrors.RebaseRequired => StatusCodes.Status409Conflict,
            ExpoErrors.Muted or ExpoErrors.Banned => StatusCodes.Status403Forbidden,
            ExpoErrors.TooLarge => StatusCodes.Status413PayloadTooLarge,
            ExpoErrors.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
            ExpoErrors.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
            ExpoErrors.QuotaExceeded => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status400BadRequest,
        },
        extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });

    private static readonly Dictionary<string, string> Titles = new()
    {
        [ExpoErrors.BoothNotFound] = "Booth not found",
        [ExpoErrors.InvalidInput] = "Invalid input",
        [ExpoErrors.Unauthorized] = "Not signed in",
        [ExpoErrors.RateLimited] = "Too many requests",
        [ExpoErrors.Unavailable] = "Temporarily unavailable",
        [ExpoErrors.Forbidden] = "Not allowed",
        [ExpoErrors.Conflict] = "Conflict",
        [ExpoErrors.NotFound] = "Not found",
        [ExpoErrors.RebaseRequired] = "Rebase required",
        [ExpoErrors.Muted] = "Muted",
        [ExpoErrors.Banned] = "Banned",
        [ExpoErrors.TooLarge] = "Too large",
        [ExpoErrors.UnsupportedMediaType] = "Unsupported media type",
        [ExpoErrors.MethodNotAllowed] = "Method not allowed",
        [ExpoErrors.QuotaExceeded] = "Quota exceeded",
    };

    /// <summary>
    /// The problems every endpoint may answer, as OpenAPI metadata: <c>400 invalid_input</c>, <c>429 rate_limited</c>
    /// and <c>503 unavailable</c>. The whole API declares these (and <see cref="WithRoleProblems{TBuilder}"/>) once,
    /// on its route group; <see cref="ExpoExceptionHandler"/> produces them. An endpoint needs no call of its own.
    /// </summary>
    public static TBuilder WithExpoProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// For endpoints that need a session with the right role: <c>401</c> and <c>403</c> as well, and whichever further
    /// statuses (<c>404</c>, <c>409</c>) they may answer. Metadata only, like <see cref="WithExpoProblems{TBuilder}"/>.
    /// </summary>
    public static TBuilder WithRoleProblems<TBuilder>(this TBuilder builder, params int[] further)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithExpoProblems().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in further)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
