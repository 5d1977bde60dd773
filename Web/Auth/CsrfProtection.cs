using Expo.Grains;
using Expo.Web.Endpoints;
using Microsoft.AspNetCore.Antiforgery;

namespace Expo.Web.Auth;

/// <summary>
/// Cross-site request forgery defence for the cookie session, in two layers. Any state-changing API request that a
/// browser marks as coming from another site (its <c>Origin</c>) is refused. A state-changing request that the
/// session cookie authenticates must also carry the anti-forgery token in <see cref="HeaderName"/>: another site can
/// make a browser send the cookie, but it cannot read the token. Bearer-token requests need neither, since a browser
/// never attaches a bearer token on its own; nor do the endpoints that start a new session, which act with no one's
/// authority.
/// </summary>
public static class CsrfProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";

    private static readonly PathString[] SessionStarts = ["/api/auth/guest", "/api/auth/register", "/api/auth/sign-in"];

    public static IServiceCollection AddExpoAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.Cookie.Name = "expo.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });

    public static IApplicationBuilder UseCsrfProtection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
                || !request.Path.StartsWithSegments("/api"))
            {
                await next(context);
                return;
            }

            if (IsCrossSite(request))
            {
                await RefuseAsync(context, "Requests from other sites are refused.");
                return;
            }

            if (context.User.Identity?.IsAuthenticated == true && !ExpoAuth.UsesBearer(context) && !SessionStarts.Contains(request.Path))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await RefuseAsync(context, $"This request needs the anti-forgery token from GET /api/auth/antiforgery in the {HeaderName} header.");
                    return;
                }
            }

            await next(context);
        });

    internal static bool IsCrossSite(HttpRequest request) =>
        request.Headers.Origin is { Count: > 0 } origin
        && !(Uri.TryCreate(origin.ToString(), UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));

    private static Task RefuseAsync(HttpContext context, string message) =>
        ExpoProblems.From(ExpoException.Forbidden(message)).ExecuteAsync(context);
}
