using System.Security.Claims;
using Expo.Grains;
using Expo.Web.Auth;

namespace Expo.Web.Passport;

/// <summary>
/// Carries a guest's passport stamps over to the account they register or sign in with. The guest id comes only from
/// the session that sent the request (its cookie or bearer token, checked like any other), never from the request's
/// body: whoever merges a guest passport holds that guest's session.
/// </summary>
public static class PassportMerge
{
    /// <summary>The guest visitor the request's own session stands for, if it is a guest's; read before a new session replaces it.</summary>
    public static string? GuestOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ExpoClaims.Email) is null
            ? user.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;

    public static async Task MergeAsync(IClusterClient cluster, string? guestVisitorId, string accountVisitorId)
    {
        if (guestVisitorId is null || guestVisitorId == accountVisitorId)
        {
            return;
        }

        try
        {
            await cluster.GetGrain<IPassportGrain>(accountVisitorId).MergeGuestAsync(guestVisitorId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The sign-in itself succeeded and its cookie is set: it is not refused for this. The stamps stay in the
            // guest passport, whose session the browser no longer holds; they are figures of a tour, not records.
        }
    }
}
