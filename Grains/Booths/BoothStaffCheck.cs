namespace Expo.Grains.Booths;

/// <summary>
/// The grains beside a booth ask the booth's staff grain whether the actor is on its staff (never the booth, which is
/// busy with presence and chat); a stale session claim grants nothing.
/// </summary>
internal static class BoothStaffCheck
{
    public static async Task RequireStaffAsync(IGrainFactory grains, string boothId, string? actorId, string refusal)
    {
        if (!ExpoRules.IsSlug(actorId) || await grains.GetGrain<IBoothStaffGrain>(boothId).GetStaffRoleAsync(actorId!) is null)
        {
            throw ExpoException.Forbidden(refusal);
        }
    }

    /// <summary>Organisers read every booth's figures for their reports; staff read their own booth's.</summary>
    public static async Task RequireStaffOrOrganiserAsync(IGrainFactory grains, string boothId, string? actorId, string refusal)
    {
        if (!await grains.IsOrganiserAsync(actorId))
        {
            await RequireStaffAsync(grains, boothId, actorId, refusal);
        }
    }
}
