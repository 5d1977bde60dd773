using Expo.Grains.Models;

namespace Expo.Grains.Passport;

[GenerateSerializer, Alias("expo.PassportState")]
public sealed class PassportState
{
    /// <summary>The stamps, one per "expoId/pavilionId", at most <see cref="IPassportGrain.MaxStamps"/>.</summary>
    [Id(0)]
    public Dictionary<string, PassportStamp> Stamps { get; set; } = [];

    /// <summary>The account this guest passport was handed over to; stamps earned later go there.</summary>
    [Id(1)]
    public string? HandedOverTo { get; set; }
}
