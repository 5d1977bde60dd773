using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>The expo itself: its catalogue of pavilions and booths, seeded once and read by every Web node.</summary>
[Alias("expo.IExpoGrain")]
public interface IExpoGrain : IGrainWithStringKey
{
    /// <summary>Stores the catalogue and seeds each booth; running it again with the same catalogue changes nothing.</summary>
    [Alias("seed")]
    Task SeedAsync(ExpoDefinition definition);

    [Alias("get")]
    Task<ExpoDefinition?> GetAsync();
}
