using System.Security.Claims;
using Expo.Grains;
using Expo.Web.Auth;

namespace Expo.Web.Services;

/// <summary>
/// What a stored chat line means beyond the chat: a line for the booth's statistics, and, from a signed-in visitor
/// (not a guest), a lead. Both calls are one-way, so the chat's acknowledgement never waits for them.
/// </summary>
public static class ChatLineEffects
{
    public static void ChatStored(IClusterClient cluster, ClaimsPrincipal? user, string boothId, string clientMessageId, string text)
    {
        cluster.GetGrain<IBoothAnalyticsGrain>(boothId).RecordChatAsync().Ignore();
        if (user?.FindFirstValue(ExpoClaims.Email) is null)
        {
            return;
        }

        cluster.GetGrain<IBoothLeadsGrain>(boothId).RecordChatAsync(user.ToVisitor(), clientMessageId, text, user.Language()).Ignore();
    }
}
