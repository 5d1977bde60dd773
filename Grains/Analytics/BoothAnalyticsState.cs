namespace Expo.Grains.Analytics;

[GenerateSerializer, Alias("expo.BoothAnalyticsState")]
public sealed class BoothAnalyticsState
{
    /// <summary>By the hour's start, UTC, as "yyyy-MM-ddTHH:00:00Z": a plain string key reads back the same from JSON.</summary>
    [Id(0)]
    public Dictionary<string, HourCounts> Hours { get; set; } = [];

    /// <summary>Every visitor who ever came in, for the expo-wide unique count.</summary>
    [Id(1)]
    public HashSet<string> Visitors { get; set; } = [];
}

[GenerateSerializer, Alias("expo.HourCounts")]
public sealed class HourCounts
{
    /// <summary>The hours' counts added up; visitors are left out, because unique visitors do not add.</summary>
    public static HourCounts Sum(IReadOnlyCollection<HourCounts> hours) => new()
    {
        Visits = hours.Sum(h => h.Visits),
        Stays = hours.Sum(h => h.Stays),
        StaySeconds = hours.Sum(h => h.StaySeconds),
        ChatMessages = hours.Sum(h => h.ChatMessages),
        Downloads = hours.Sum(h => h.Downloads),
    };

    [Id(0)]
    public long Visits { get; set; }

    [Id(1)]
    public HashSet<string> Visitors { get; set; } = [];

    [Id(2)]
    public long Stays { get; set; }

    [Id(3)]
    public double StaySeconds { get; set; }

    [Id(4)]
    public long ChatMessages { get; set; }

    [Id(5)]
    public long Downloads { get; set; }
}
