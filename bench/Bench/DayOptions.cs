using System.Globalization;

namespace Expo.Bench;

/// <summary>
/// The options of the expo-day mixes (<c>--mix expo-day</c>, <c>--mix stage</c>); each default depends on the mix.
/// The chat-storm steps (<c>--mix chat</c>, the default) ignore them.
/// </summary>
public sealed record DayOptions
{
    public int? Visitors { get; init; }

    public int? Booths { get; init; }

    /// <summary>Booth popularity: the booth of rank r gets a share proportional to 1 / r^Zipf.</summary>
    public double Zipf { get; init; } = 1.0;

    /// <summary>Share of each booth's visitors who stay put; their deliveries are checked for loss, duplicates and latency.</summary>
    public double? Residents { get; init; }

    /// <summary>Share of visitors (staff aside) who chat at all.</summary>
    public double? Talkers { get; init; }

    public double[] ChatSeconds { get; init; } = [60, 120];

    public double[] StaffChatSeconds { get; init; } = [5, 15];

    public double[] MoveSeconds { get; init; } = [60, 180];

    /// <summary>Visitors leaving and new ones arriving, per second; by default each visitor stays 40 minutes.</summary>
    public double? Churn { get; init; }

    public int Organisers { get; init; } = 3;

    public int Exhibitors { get; init; } = 10;

    /// <summary>Anonymous readers of the live feed (<c>GET /api/live</c>), besides the visitors; expo-day: a tenth of the visitors.</summary>
    public int? LiveReaders { get; init; }

    /// <summary>Seconds between the announcements the first organiser console posts; the readers time each one.</summary>
    public double AnnounceSeconds { get; init; } = 5;

    public const string Usage = """
          --mix chat|expo-day|stage  chat: the chat-storm steps above (the server's ceiling). expo-day: visitors spread
                                     over booths by popularity at human rates, wandering, arriving and leaving, with
                                     organiser consoles and exhibitor pages; steps multiply the whole mix's chat rate.
                                     stage: one booth holding the crowd (run it on --silos 2 --webs 3); steps multiply
                                     the rate of joins and leaves.
          --visitors N               expo-day 15000, stage 5000
          --booths N                 expo-day 300 (the ranked booths), stage 5 (the stage and 4 side booths)
          --zipf 1.0                 popularity: booth of rank r gets a share proportional to 1/r^zipf
          --residents S              share of each booth's visitors who stay (checked for loss); expo-day 0.3, stage 0.8
          --talkers S                share of visitors who chat at all; expo-day 0.6, stage 0.02
          --chat-every 60-120        seconds between a talker's lines (each talker draws its pace once)
          --staff-every 5-15         seconds between a staff member's lines (booths of 100+ visitors have staff)
          --wander-every 60-180      seconds between a wanderer's moves to a booth picked by popularity
          --churn R                  visitors leaving and new ones arriving per second (default visitors / 2400)
          --organisers 3             attendance consoles (attendance every 1 s, history every 10 s)
          --exhibitors 10            exhibitor pages of the hottest booths (in the booth; attendees + analytics every 3 s)
          --live-readers N           anonymous readers holding the live feed GET /api/live open (people on the home
                                     page, in no booth), besides the visitors, leaving and coming back at the visitors'
                                     churn rate; expo-day visitors / 10, stage 0
          --announce-every 5         seconds between announcements the first organiser console posts (0: none); the
                                     live readers time each from posting to arrival
        """;

    public static double[] Range(string text)
    {
        var parts = text.Split('-').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length is 1 or 2 && parts.All(p => p > 0) && parts[0] <= parts[^1]
            ? parts
            : throw new ArgumentException($"A range is seconds or min-max seconds, e.g. 60-120 (got '{text}').");
    }
}
