namespace Expo.Grains;

/// <summary>When a booth stamps a visitor's passport; bound from <c>Expo:Passport</c> on the Silo.</summary>
public sealed class PassportOptions
{
    public const string Section = "Expo:Passport";

    /// <summary>A stay in one booth at least this long stamps its pavilion.</summary>
    public TimeSpan DwellThreshold { get; set; } = TimeSpan.FromSeconds(60);

    public string? Validate() => DwellThreshold <= TimeSpan.Zero ? "DwellThreshold must be positive." : null;
}
