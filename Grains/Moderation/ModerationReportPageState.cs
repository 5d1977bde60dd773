using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>One sealed page of an expo's older resolved reports, in the order they were resolved.</summary>
[GenerateSerializer, Alias("expo.ModerationReportPageState")]
public sealed class ModerationReportPageState
{
    [Id(0)]
    public List<ModerationReport> Reports { get; set; } = [];
}
