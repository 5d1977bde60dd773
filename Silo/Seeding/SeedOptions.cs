namespace Expo.Silo.Seeding;

/// <summary>Bound from <c>Expo:Seed</c>: whether this silo seeds the demo expo, and from which file.</summary>
public sealed class SeedOptions
{
    public const string Section = "Expo:Seed";

    public bool Enabled { get; set; } = true;

    public string? File { get; set; }

    public string? AgendaFile { get; set; }

    /// <summary>
    /// The expo's first day for the demo agenda's sample times; unset, the day the agenda is first seeded (in Beijing),
    /// so a fresh demo has its sessions today. An agenda once seeded keeps its days.
    /// </summary>
    public DateOnly? AgendaFirstDay { get; set; }
}
