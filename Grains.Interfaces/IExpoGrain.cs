using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>The expo itself: its catalogue of pavilions and booths, seeded once and read by every Web node.</summary>
[Alias("expo.IExpoGrain")]
public interface IExpoGrain : IGrainWithStringKey
{
    /// <summary>Stores the catalogue and seeds each booth; running it again with the same catalogue changes nothing.</summary>
    [Alias("seed")]
    Task SeedAsync(ExpoDefinition definition);

    /// <summary>The catalogue with each booth's current profile. Interleaved: booths read it while the expo seeds them.</summary>
    [AlwaysInterleave, Alias("get")]
    Task<ExpoDefinition?> GetAsync();

    /// <summary>Takes the booth's current profile into the catalogue, after its staff edited it.</summary>
    [Alias("refresh-booth")]
    Task RefreshBoothAsync(string boothId);
}
