namespace Expo.Grains;

/// <summary>Bound from <c>Expo:Agenda</c> on silos: when a visitor hears of a planned session.</summary>
public sealed class AgendaReminderOptions
{
    public const string Section = "Expo:Agenda";

    /// <summary>How long before a planned session starts its reminder is sent.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most time between two reminder ticks of a visitor with planned sessions to be reminded of: a reminder due
    /// sooner is met by a tick due exactly then. At least the reminder service's minimum period.
    /// </summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    public string? Validate() =>
        ReminderLead < TimeSpan.Zero ? "Expo:Agenda:ReminderLead may not be negative."
        : ReminderInterval < TimeSpan.FromSeconds(1) ? "Expo:Agenda:ReminderInterval must be at least 1 second."
        : null;
}
