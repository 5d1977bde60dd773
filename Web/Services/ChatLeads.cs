using System.Security.Claims;
using Expo.Grains;
using Expo.Web.Auth;

namespace Expo.Web.Services;

/// <summary>A signed-in visitor's stored chat line becomes a lead on the booth; guests' lines do not.</summary>
public static class ChatLeads
{
    /// <summary>One-way: the chat's acknowledgement never waits for the lead.</summary>
    public static void Record(IClusterClient cluster, ClaimsPrincipal? user, string boothId, string clientMessageId, string text)
    {
        if (user?.FindFirstValue(ExpoClaims.Email) is null)
        {
            return;
        }

        _ = cluster.GetGrain<IBoothLeadsGrain>(boothId).RecordChatAsync(user.ToVisitor(), clientMessageId, text, user.Language());
    }
}
