namespace Expo.Web.Live;

/// <summary>Bound from <c>Expo:LiveFeed</c>: the limits of the anonymous read-only live feed.</summary>
public sealed class LiveFeedOptions
{
    public const string Section = "Expo:LiveFeed";

    /// <summary>Open feeds one client address may hold on this node: a few tabs each for an office or a hall behind one address.</summary>
    public int MaxPerAddress { get; set; } = 32;

    /// <summary>Open feeds this node serves at most, whoever holds them.</summary>
    public int MaxStreams { get; set; } = 20_000;

    /// <summary>How often the node looks whether the booth counts changed while anyone follows the feed.</summary>
    public TimeSpan CountsInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A comment line this often keeps proxies from closing a quiet feed.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(20);

    public string? Validate() =>
        MaxPerAddress < 1 || MaxStreams < 1 ? "Expo:LiveFeed:MaxPerAddress and MaxStreams must be at least 1."
        : CountsInterval <= TimeSpan.Zero || KeepAlive <= TimeSpan.Zero ? "Expo:LiveFeed:CountsInterval and KeepAlive must be positive."
        : null;
}
