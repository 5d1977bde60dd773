namespace Expo.Grains.Passport;

[GenerateSerializer, Alias("expo.PassportTallyState")]
public sealed class PassportTallyState
{
    /// <summary>Visitors by the number of stamps they hold: index n - 1 for n stamps.</summary>
    [Id(0)]
    public List<long> Holders { get; set; } = [];
}
