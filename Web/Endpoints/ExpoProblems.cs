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
    };

    /// <summary>Answers an endpoint's refusal as problem details instead of a 500.</summary>
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
        }).ProducesProblem(StatusCodes.Status400BadRequest);
}
