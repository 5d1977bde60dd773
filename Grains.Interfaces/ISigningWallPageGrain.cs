using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>One sealed page of an expo's ended negotiations, keyed "{expoId}/{pageIndex}", so the signing wall's state stays small.</summary>
[Alias("expo.ISigningWallPageGrain")]
public interface ISigningWallPageGrain : IGrainWithStringKey
{
    [Alias("store")]
    Task StoreAsync(IReadOnlyList<NegotiationListing> negotiations);

    [Alias("read")]
    Task<IReadOnlyList<NegotiationListing>> ReadAsync();
}
