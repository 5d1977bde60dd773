using Expo.Grains;

namespace Expo.Web.Hosting;

/// <summary>Bound from <c>Expo</c> on a Web node.</summary>
public sealed class ExpoOptions
{
    public const string Section = "Expo";

    /// <summary>The expo this node serves.</summary>
    public string ExpoId { get; set; } = ExpoIds.DemoExpo;

    /// <summary>Chat lines one visitor may send per second (all their connections together), on average.</summary>
    public double ChatMessagesPerSecond { get; set; } = 5;

    /// <summary>Chat lines one visitor may send at once before the per-second rate applies.</summary>
    public int ChatBurst { get; set; } = 20;

    /// <summary>How long the live counts of <c>GET /api/expo</c> may be reused before asking the cluster again.</summary>
    public TimeSpan CountsMaxAge { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often this node asks the cluster for the announcements, and pushes a changed board to its visitors.</summary>
    public TimeSpan AnnouncementPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often this node tells the expo how many visitors are connected to it, for the organiser's console.</summary>
    public TimeSpan OnlineReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Blob container holding the Data Protection keys every Web node shares.</summary>
    public string DataProtectionContainer { get; set; } = "expo-dataprotection-keys";

    public string? Validate() =>
        !ExpoRules.IsSlug(ExpoId) ? "Expo:ExpoId must be a slug."
        : ChatMessagesPerSecond <= 0 || ChatBurst < 1 ? "Expo:ChatMessagesPerSecond must be positive and Expo:ChatBurst at least 1."
        : CountsMaxAge < TimeSpan.Zero ? "Expo:CountsMaxAge may not be negative."
        : AnnouncementPollInterval <= TimeSpan.Zero ? "Expo:AnnouncementPollInterval must be positive."
        : OnlineReportInterval <= TimeSpan.Zero ? "Expo:OnlineReportInterval must be positive."
        : string.IsNullOrWhiteSpace(DataProtectionContainer) ? "Expo:DataProtectionContainer is required."
        : null;
}
