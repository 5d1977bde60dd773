using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One sealed page of an expo's older resolved reports, keyed "{expoId}/{pageIndex}", so the moderation state stays small.</summary>
[Alias("expo.IModerationReportPageGrain")]
public interface IModerationReportPageGrain : IGrainWithStringKey
{
    [Alias("store")]
    Task StoreAsync(IReadOnlyList<ModerationReport> reports);

    [Alias("read")]
    Task<IReadOnlyList<ModerationReport>> ReadAsync();
}
