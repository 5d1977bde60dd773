namespace Expo.Grains;

/// <summary>Meeting slots and bookings: their lengths, and the quotas that keep a booth's and a visitor's lists small.</summary>
public static class MeetingRules
{
    /// <summary>Slots a booth may have open (not yet ended) at once.</summary>
    public const int MaxOpenSlotsPerBooth = 48;

    /// <summary>Meetings a visitor may have booked and not yet held, across the expo.</summary>
    public const int MaxBookingsPerVisitor = 10;

    /// <summary>Meetings a visitor may hold at one booth, so one visitor cannot take a booth's whole day.</summary>
    public const int MaxBookingsPerBooth = 2;

    public const int MinMinutes = 10;
    public const int MaxMinutes = 120;

    /// <summary>How far ahead a slot may start.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(60);

    public static string RequireSlotId(string? slotId) =>
        ExpoRules.IsSlug(slotId) ? slotId! : throw ExpoException.Invalid("A slot id is 1 to 64 characters of a-z, 0-9 and '-'.");

    public static TimeSpan RequireLength(int? minutes) =>
        minutes is >= MinMinutes and <= MaxMinutes
            ? TimeSpan.FromMinutes(minutes.Value)
            : throw ExpoException.Invalid($"A meeting lasts {MinMinutes} to {MaxMinutes} minutes.");

    public static DateTimeOffset RequireStart(DateTimeOffset? startsAt, DateTimeOffset now) =>
        startsAt is not { } start ? throw ExpoException.Invalid("A slot needs a start time.")
        : start <= now ? throw ExpoException.Invalid("A slot starts in the future.")
        : start > now + MaxAhead ? throw ExpoException.Invalid($"A slot starts within {MaxAhead.TotalDays:0} days.")
        : start;

    public static ExpoException Quota(string message) => new(ExpoErrors.QuotaExceeded, message);
}
