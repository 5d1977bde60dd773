namespace Expo.Grains;

/// <summary>How presence leases behave; bound from <c>Expo:Presence</c> on Silo and Web nodes alike.</summary>
public sealed class PresenceOptions
{
    public const string Section = "Expo:Presence";

    /// <summary>A connection not renewed for this long drops out of its booth.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a Web node renews its connections' leases and its booth subscriptions.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Presence changes inside this window leave the booth as one event.</summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(75);

    /// <summary>How often an active booth looks for expired leases.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a pavilion gathers its booths' counts before passing the changed ones up to the expo in one call, so
    /// the expo's attendance grain hears from each pavilion a few times a second, however many booths are busy.
    /// </summary>
    public TimeSpan CountFlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    public string? Validate() =>
        LeaseDuration <= TimeSpan.Zero ? "LeaseDuration must be positive."
        : RenewInterval <= TimeSpan.Zero || RenewInterval * 2 > LeaseDuration ? "RenewInterval must be positive and at most half of LeaseDuration."
        : CoalesceWindow < TimeSpan.Zero || CoalesceWindow > TimeSpan.FromSeconds(1) ? "CoalesceWindow must be between 0 and 1 second."
        : SweepInterval <= TimeSpan.Zero ? "SweepInterval must be positive."
        : CountFlushInterval <= TimeSpan.Zero || CountFlushInterval > TimeSpan.FromSeconds(1) ? "CountFlushInterval must be positive and at most 1 second."
        : null;
}
