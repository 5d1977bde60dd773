namespace Expo.Grains.Moderation;

/// <summary>
/// How the grains beside the booths check a person's standing before acting for them. A path that belongs to a booth
/// asks that booth, which holds its own and the expo-wide sanctions in memory; a path of the whole expo (the agenda's
/// Q&amp;A) asks the moderation grain, which answers from memory without waiting on anything.
/// </summary>
internal static class SanctionChecks
{
    public static Task RequireStandingInBoothAsync(this IGrainFactory grains, string boothId, string visitorId, bool speaking) =>
        grains.GetGrain<IBoothGrain>(boothId).CheckStandingAsync(visitorId, speaking);

    public static Task RequireStandingAtExpoAsync(this IGrainFactory grains, string expoId, string visitorId, bool speaking) =>
        grains.GetGrain<IModerationGrain>(expoId).CheckStandingAsync(visitorId, speaking);
}
