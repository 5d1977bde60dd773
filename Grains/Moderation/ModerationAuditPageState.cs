using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>One sealed page of an expo's older moderation audit, oldest first.</summary>
[GenerateSerializer, Alias("expo.ModerationAuditPageState")]
public sealed class ModerationAuditPageState
{
    [Id(0)]
    public List<AuditEntry> Entries { get; set; } = [];
}
