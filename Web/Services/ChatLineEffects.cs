using System.Security.Claims;
using Expo.Grains;
using Expo.Web.Auth;

namespace Expo.Web.Services;

/// <summary>
/// What a stored chat line means beyond the chat, as seen from the Web node: from a signed-in visitor (not a guest), a
/// lead, without making the chat's acknowledgement wait. (The booth counts the line in its statistics itself.)
/// </summary>
public sealed class ChatLineEffects(IClusterClient cluster)
{
    public void ChatStored(ClaimsPrincipal? user, string boothId, string clientMessageId, string text)
    {
        if (user?.FindFirstValue(ExpoClaims.Email) is null)
        {
            return;
        }

        cluster.GetGrain<IBoothLeadsGrain>(boothId).RecordChatAsync(user.ToVisitor(), clientMessageId, text, user.Language()).Ignore();
    }
}
