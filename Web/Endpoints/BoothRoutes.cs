using Expo.Web.Services;

namespace Expo.Web.Endpoints;

/// <summary>
/// The routes under <c>/api/booths/{boothId}</c>: one group per feature, each resolving the booth once, before the
/// endpoint runs, so no endpoint repeats the check (an id that is not a slug answers <c>400 invalid_input</c>, an
/// unknown booth <c>404 booth_not_found</c>, before any role check).
/// </summary>
public static class BoothRoutes
{
    public const string Prefix = "/api/booths/{boothId}";

    public static RouteGroupBuilder MapBoothGroup(this IEndpointRouteBuilder app, string suffix = "") =>
        app.MapGroup(Prefix + suffix).AddEndpointFilter<KnownBooth>();

    private sealed class KnownBooth(ExpoCatalog catalog) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            await catalog.RequireBoothAsync(context.HttpContext.GetRouteValue("boothId") as string ?? "");
            return await next(context);
        }
    }
}
