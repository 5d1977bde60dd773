namespace Expo.Grains;

/// <summary>Names of the grain storage providers; the Silo's configuration must name each one.</summary>
public static class ExpoStorage
{
    public const string Expo = "expo";
    public const string Booths = "booths";
    public const string ChatArchive = "chat-archive";
    public const string Visitors = "visitors";
    public const string Accounts = "accounts";

    /// <summary>Negotiations, the inboxes they feed and the expos' signing walls.</summary>
    public const string Negotiations = "negotiations";

    public static readonly IReadOnlyList<string> All = [Expo, Booths, ChatArchive, Visitors, Accounts, Negotiations];
}
