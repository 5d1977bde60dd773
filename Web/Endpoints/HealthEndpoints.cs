using Expo.Web.Services;

namespace Expo.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the node reaches the cluster and the
    /// expo is seeded, so a load balancer may send visitors here.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");
        health.MapGet("/live", () => TypedResults.Ok(new { status = "live" }));
        health.MapGet("/ready", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(ExpoCatalog catalog, IClusterClient cluster)
    {
        try
        {
            var definition = await catalog.GetDefinitionAsync().WaitAsync(TimeSpan.FromSeconds(3));
            return definition is null
                ? Results.Json(new { status = "not-seeded" }, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Ok(new { status = "ready", expo = definition.Id });
        }
        catch (Exception exception)
        {
            return Results.Json(new { status = "cluster-unreachable", reason = exception.GetType().Name }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
