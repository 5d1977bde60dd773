namespace Expo.Grains;

/// <summary>The grains' own check of the organiser role, from the visitor's grain: a session's claim is not enough.</summary>
internal static class OrganiserCheck
{
    public static async Task<bool> IsOrganiserAsync(this IGrainFactory grains, string? actorId) =>
        actorId is not null && ExpoRules.IsSlug(actorId) && (await grains.GetGrain<IVisitorGrain>(actorId).GetAccountAsync())?.Organiser == true;

    public static async Task RequireOrganiserAsync(this IGrainFactory grains, string? actorId, string refusal)
    {
        if (!await grains.IsOrganiserAsync(actorId))
        {
            throw ExpoException.Forbidden(refusal);
        }
    }
}
