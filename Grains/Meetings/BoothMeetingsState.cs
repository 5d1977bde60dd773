using Expo.Grains.Models;

namespace Expo.Grains.Meetings;

[GenerateSerializer, Alias("expo.BoothMeetingsState")]
public sealed class BoothMeetingsState
{
    /// <summary>Slots not yet ended, earliest first, at most <see cref="MeetingRules.MaxOpenSlotsPerBooth"/>.</summary>
    [Id(0)]
    public List<SlotRecord> Slots { get; set; } = [];

    /// <summary>Recent publish operation ids with the slot each made, oldest first, so a retry publishes once.</summary>
    [Id(1)]
    public List<KeyValuePair<string, string>> Operations { get; set; } = [];

    /// <summary>The expo whose Web nodes carry this booth's reminders.</summary>
    [Id(2)]
    public string? ExpoId { get; set; }
}

[GenerateSerializer, Alias("expo.SlotRecord")]
public sealed class SlotRecord
{
    [Id(0)]
    public string Id { get; set; } = "";

    [Id(1)]
    public DateTimeOffset StartsAt { get; set; }

    [Id(2)]
    public DateTimeOffset EndsAt { get; set; }

    [Id(3)]
    public VisitorRef Host { get; set; } = new("", "");

    [Id(4)]
    public VisitorRef? Booker { get; set; }

    /// <summary>Whether the reminder of the current booking went out; a new booking is reminded of again.</summary>
    [Id(5)]
    public bool Reminded { get; set; }

    public SlotRecord Copy() => (SlotRecord)MemberwiseClone();
}
