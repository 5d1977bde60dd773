using Expo.Grains.Booths;
using Expo.Grains.Models;

namespace Expo.Grains.Leads;

[GenerateSerializer, Alias("expo.BoothLeadsState")]
public sealed class BoothLeadsState
{
    /// <summary>By visitor id: one lead per visitor, however often they reach out.</summary>
    [Id(0)]
    public Dictionary<string, Lead> Leads { get; set; } = [];

    [Id(1)]
    public List<BoothOperation> Operations { get; set; } = [];
}
