using Expo.Grains.Models;

namespace Expo.Grains.Expo;

/// <summary>What the expo's attendance keeps across restarts besides its samples: each booth's last activity counters.</summary>
[GenerateSerializer, Alias("expo.AttendanceState")]
public sealed class AttendanceState
{
    [Id(0)]
    public Dictionary<string, BoothActivity> Seen { get; set; } = [];
}
