namespace Expo.Silo.Seeding;

/// <summary>Bound from <c>Expo:Seed</c>: whether this silo seeds the demo expo, and from which file.</summary>
public sealed class SeedOptions
{
    public const string Section = "Expo:Seed";

    public bool Enabled { get; set; } = true;

    public string? File { get; set; }
}
