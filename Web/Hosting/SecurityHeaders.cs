namespace Expo.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// Pages run only the expo's own scripts and talk only to their own origin (the hub's WebSocket included: modern
    /// browsers match ws: and wss: of the same host to 'self'), and no response is sniffed into another content type.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";
            return next(context);
        });
}
