using Expo.Grains;
using Expo.Web.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Expo.Web.Hosting;

/// <summary>Problem details everywhere, with the protocol's <c>code</c>, from one exception handler.</summary>
public static class ExpoProblemsHosting
{
    // Statuses the framework answers by itself (no route, wrong method, a limit) get the code a client expects.
    private static readonly Dictionary<int, string> CodesByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ExpoErrors.InvalidInput,
        [StatusCodes.Status401Unauthorized] = ExpoErrors.Unauthorized,
        [StatusCodes.Status403Forbidden] = ExpoErrors.Forbidden,
        [StatusCodes.Status404NotFound] = ExpoErrors.NotFound,
        [StatusCodes.Status405MethodNotAllowed] = ExpoErrors.MethodNotAllowed,
        [StatusCodes.Status413PayloadTooLarge] = ExpoErrors.TooLarge,
        [StatusCodes.Status415UnsupportedMediaType] = ExpoErrors.UnsupportedMediaType,
        [StatusCodes.Status429TooManyRequests] = ExpoErrors.RateLimited,
        [StatusCodes.Status503ServiceUnavailable] = ExpoErrors.Unavailable,
    };

    public static IServiceCollection AddExpoProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (!problem.Extensions.ContainsKey("code") && problem.Status is { } status && CodesByStatus.TryGetValue(status, out var code))
            {
                problem.Extensions["code"] = code;
            }
        });
        services.AddExceptionHandler<ExpoExceptionHandler>();

        // Production would answer a body or query value it cannot bind with a bare 400 and no code; throwing in every
        // environment sends it through the handler, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
