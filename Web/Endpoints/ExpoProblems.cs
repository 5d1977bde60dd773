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
            ExpoErrors.QuotaExceeded => StatusCodes.Status429TooManyRequests,
            ExpoErrors.TooLarge => StatusCodes.Status413PayloadTooLarge,
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
        [ExpoErrors.QuotaExceeded] = "Quota exceeded",
        [ExpoErrors.TooLarge] = "Too large",
    };

    /// <summary>
    /// Answers an endpoint's refusal as problem details instead of a 500, and a cluster that could not answer (a Silo
    /// lost mid-call, a call timed out) as <c>503 unavailable</c>, which a client retries with the same operation id.
    /// </summary>
    public static RouteHandlerBuilder WithExpoProblems(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ExpoException refusal)
            {
                return From(refusal);
            }
            catch (Exception failure) when (failure is OrleansException or TimeoutException)
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(ExpoProblems)).LogWarning(failure, "A grain call failed; answered 503 unavailable");
                return From(new ExpoException(ExpoErrors.Unavailable, "The expo could not complete this just now; try again."));
            }
        }).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// For an endpoint that needs a session with the right role: <c>401</c> and <c>403</c> as well, and whichever
    /// further statuses (<c>404</c>, <c>409</c>) it may answer.
    /// </summary>
    public static RouteHandlerBuilder WithRoleProblems(this RouteHandlerBuilder builder, params int[] further)
    {
        builder.WithExpoProblems().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in further)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
