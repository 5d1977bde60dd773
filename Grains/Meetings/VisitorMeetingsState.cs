using Expo.Grains.Models;

namespace Expo.Grains.Meetings;

[GenerateSerializer, Alias("expo.VisitorMeetingsState")]
public sealed class VisitorMeetingsState
{
    /// <summary>Earliest first; ended meetings are dropped a day after they end.</summary>
    [Id(0)]
    public List<MeetingRef> Meetings { get; set; } = [];
}
