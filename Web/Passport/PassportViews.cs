using Expo.Grains.Models;

namespace Expo.Web.Passport;

/// <summary>A visitor's passport in the current expo: the stamps of its pavilions, and whether every pavilion is stamped.</summary>
public sealed record PassportView(string VisitorId, string ExpoId, int Pavilions, int Collected, bool Complete, IReadOnlyList<StampView> Stamps);

public sealed record StampView(string PavilionId, string BoothId, DateTimeOffset StampedAt, string Reason)
{
    public static StampView From(PassportStamp stamp) => new(stamp.PavilionId, stamp.BoothId, stamp.StampedAt, stamp.Reason);
}

/// <summary>How many visitors hold how many stamps: one row per count from 1 to the number of pavilions.</summary>
public sealed record PassportCountsView(string ExpoId, int Pavilions, IReadOnlyList<StampHolders> Holders, long Completed);

public sealed record StampHolders(int Stamps, long Visitors);
