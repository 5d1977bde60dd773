namespace Expo.Grains;

/// <summary>How the expo's attendance is sampled for organisers; bound from <c>Expo:Attendance</c> on Silos.</summary>
public sealed class AttendanceOptions
{
    public const string Section = "Expo:Attendance";

    /// <summary>How often the expo records a sample of its attendance.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How much recent history the attendance grain keeps in memory; older samples are read from storage.</summary>
    public TimeSpan RecentHistory { get; set; } = TimeSpan.FromHours(1);

    public string? Validate() =>
        SampleInterval < TimeSpan.FromMilliseconds(100) || SampleInterval > TimeSpan.FromMinutes(10) ? "SampleInterval must be between 100 ms and 10 minutes."
        : RecentHistory < SampleInterval ? "RecentHistory must be at least one SampleInterval."
        : null;
}
