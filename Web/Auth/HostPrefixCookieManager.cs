using Microsoft.AspNetCore.Authentication.Cookies;

namespace Expo.Web.Auth;

/// <summary>
/// Names the session cookie <c>__Host-…</c> and marks it <c>Secure</c> when the request came over HTTPS (directly, or
/// through a proxy whose forwarded headers the node trusts): a browser then accepts it only from this exact host over
/// TLS, so a sibling subdomain or a plain-HTTP network attacker can neither set nor overwrite it. Over plain HTTP (local
/// runs, tests) the cookie keeps its bare name, since browsers refuse a <c>__Host-</c> cookie without <c>Secure</c>.
/// </summary>
internal sealed class HostPrefixCookieManager(ICookieManager inner) : ICookieManager
{
    public const string Prefix = "__Host-";

    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        inner.AppendResponseCookie(context, Name(context, key), value, Secured(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        inner.DeleteCookie(context, Name(context, key), Secured(context, options));

    private static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;

    private static CookieOptions Secured(HttpContext context, CookieOptions options)
    {
        if (context.Request.IsHttps)
        {
            options.Secure = true;
            options.Path = "/";
            options.Domain = null;
        }

        return options;
    }
}
