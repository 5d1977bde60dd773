using System.Security.Claims;

namespace Expo.Bench.Baseline;

/// <summary>Admits a hub request only with a valid guest token, from <c>Authorization: Bearer</c> or the <c>access_token</c> query value.</summary>
public sealed class HubTokenAuthentication(RequestDelegate next, GuestTokens tokens)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/hubs"))
        {
            return next(context);
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : context.Request.Query["access_token"].ToString();
        if (tokens.Read(token) is not { } visitor)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, visitor.VisitorId), new Claim(ClaimTypes.Name, visitor.DisplayName)], "guest"));
        return next(context);
    }
}
