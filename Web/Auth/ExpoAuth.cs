using Expo.Web.Services;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Auth;

/// <summary>
/// Browsers carry a session cookie; other clients a bearer token, in the Authorization header or, for the
/// hub's WebSocket, the <c>access_token</c> query value. Both are Data Protection payloads, so every Web node
/// that shares the key ring accepts them. Sessions end at an absolute moment (<see cref="SessionOptions"/>) or when
/// revoked (<see cref="SessionStandings"/>); the front end's hub connection uses the cookie, never the query string.
/// </summary>
public static class ExpoAuth
{
    public const string Scheme = "expo";
    public const string LanguageClaim = "expo:lang";

    public static IServiceCollection AddExpoAuthentication(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Sessions settings are not valid.").ValidateOnStart();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "expo.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.CookieManager = new HostPrefixCookieManager(new ChunkingCookieManager());

                // The issuer sets each session's absolute end; nothing ever extends it.
                o.SlidingExpiration = false;
                // An API answers 401/403; there is no login page to redirect to.
                o.Events.OnRedirectToLogin = c => StatusOnly(c.Response, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => StatusOnly(c.Response, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o =>
            {
                o.Events.OnMessageReceived = c =>
                {
                    if (c.Request.Path.StartsWithSegments("/hubs") && c.Request.Query["access_token"] is { Count: > 0 } token)
                    {
                        c.Token = token.ToString();
                    }

                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization();
        services.AddExpoAntiforgery();
        services.AddSingleton<SessionIssuer>();
        services.AddSingleton<GuestSessions>();
        services.AddSingleton<AccountSessions>();
        services.AddOptions<OrganiserOptions>().BindConfiguration(OrganiserOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Organiser settings are not valid.").ValidateOnStart();
        services.AddOptions<HubConnectionOptions>().BindConfiguration(HubConnectionOptions.Section);
        services.AddSingleton<SessionConnections>();
        services.AddSingleton<SessionStandings>();
        services.AddSingleton<SessionRevocationFeed>();
        services.AddSingleton<IRenewedSubscriptions>(sp => sp.GetRequiredService<SessionRevocationFeed>());
        services.AddSingleton<SessionHubFilter>();
        services.Configure<HubOptions>(o => o.AddFilter<SessionHubFilter>());
        services.AddHostedService<OrganiserSetup>();
        return services;
    }

    /// <summary>Whether the request authenticates with a bearer token rather than the cookie.</summary>
    public static bool UsesBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token"));

    private static string SelectScheme(HttpContext context) =>
        UsesBearer(context) ? BearerTokenDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;

    private static Task StatusOnly(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
