using Expo.Grains.Models;

namespace Expo.Grains.Booths;

public sealed partial class BoothGrain
{
    public Task<NegotiationParty> GetNegotiationPartyAsync()
    {
        var profile = RequireProfile();
        var staff = Staff.Values.OrderBy(s => s.Since).ThenBy(s => s.VisitorId, StringComparer.Ordinal).ToList();
        var owners = staff.Where(s => s.Role == StaffRoles.Owner).Select(s => s.VisitorId).ToList();

        // Without an owner nobody could sign for the booth, so a negotiation with it could never end in an agreement.
        if (owners.Count == 0)
        {
            throw ExpoException.Conflict("This booth has no owner on the expo yet, so it cannot negotiate.");
        }

        return Task.FromResult(new NegotiationParty(
            BoothId, profile.Name, [.. staff.Take(NegotiationRules.MaxMembersPerParty).Select(s => s.VisitorId)], owners));
    }
}
