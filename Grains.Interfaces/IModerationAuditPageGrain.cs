using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One sealed page of an expo's older moderation audit, keyed "{expoId}/{pageIndex}", so the moderation state stays small.</summary>
[Alias("expo.IModerationAuditPageGrain")]
public interface IModerationAuditPageGrain : IGrainWithStringKey
{
    [Alias("store")]
    Task StoreAsync(IReadOnlyList<AuditEntry> entries);

    [Alias("read")]
    Task<IReadOnlyList<AuditEntry>> ReadAsync();
}
