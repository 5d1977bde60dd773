using System.Security.Claims;
using Expo.Grains;
using Expo.Web.Auth;

namespace Expo.Web.Services;

/// <summary>
/// What a stored chat line means beyond the chat: a line in the booth's statistics (counted on this node and sent
/// once a second), and, from a signed-in visitor (not a guest), a lead. Neither makes the chat's acknowledgement wait.
/// </summary>
public sealed class ChatLineEffects(IClusterClient cluster, BoothChatCounts counts)
{
    public void ChatStored(ClaimsPrincipal? user, string boothId, string clientMessageId, string text)
    {
        counts.Add(boothId);
        if (user?.FindFirstValue(ExpoClaims.Email) is null)
        {
            return;
        }

        cluster.GetGrain<IBoothLeadsGrain>(boothId).RecordChatAsync(user.ToVisitor(), clientMessageId, text, user.Language()).Ignore();
    }
}
