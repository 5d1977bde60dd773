namespace Expo.Grains.Negotiations;

/// <summary>Bound from <c>Expo:Negotiations</c>.</summary>
public sealed class NegotiationOptions
{
    public const string Section = "Expo:Negotiations";

    /// <summary>
    /// The most time between two reminder ticks of a negotiation that has a deadline or updates not yet delivered.
    /// A deadline closer than this is met by a tick due exactly then; at least the reminder service's minimum period.
    /// </summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(10);

    public string? Validate() => ReminderInterval < TimeSpan.FromSeconds(1) ? "ReminderInterval must be at least 1 second." : null;
}
