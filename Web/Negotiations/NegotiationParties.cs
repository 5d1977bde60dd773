using System.Security.Cryptography;
using System.Text;
using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Auth;
using Expo.Web.Services;

namespace Expo.Web.Negotiations;

/// <summary>Who takes part in a new negotiation, read from the booths themselves, and the negotiation's id.</summary>
public static class NegotiationParties
{
    /// <summary>The same user and operation id always name the same negotiation, so a retried request cannot start a second one.</summary>
    public static string NegotiationId(string userId, string operationId) =>
        "n-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{operationId}")))[..32];

    public static async Task<IReadOnlyList<NegotiationParty>> ForAsync(
        IClusterClient cluster, ExpoCatalog catalog, System.Security.Claims.ClaimsPrincipal user, string boothId, string? asBoothId)
    {
        var visitor = user.ToVisitor();
        await catalog.RequireBoothAsync(boothId);
        NegotiationParty requester;
        if (asBoothId is not null)
        {
            await catalog.RequireBoothAsync(asBoothId);
            user.RequireStaff(asBoothId);
            if (asBoothId == boothId)
            {
                throw ExpoException.Invalid("A booth cannot negotiate with itself.");
            }

            requester = await Party(cluster, asBoothId);
        }
        else
        {
            // An individual visitor is an organisation of one, who signs for it.
            requester = new NegotiationParty(
                $"org:{visitor.VisitorId}", new LocalizedText(visitor.DisplayName, visitor.DisplayName), [visitor.VisitorId], [visitor.VisitorId]);
        }

        var invited = await Party(cluster, boothId);
        if (invited.Members.Contains(visitor.VisitorId))
        {
            throw ExpoException.Invalid("You are on this booth's staff; to negotiate for another booth, ask it from that booth's page.");
        }

        return [requester, invited];
    }

    private static Task<NegotiationParty> Party(IClusterClient cluster, string boothId) =>
        cluster.GetGrain<IBoothStaffGrain>(boothId).GetNegotiationPartyAsync();
}
