using Expo.Grains.Models;
using Expo.Web.Reports;

namespace Expo.Web.Moderation;

/// <summary>The moderation audit log as CSV rows, newest first, in the shared CSV writer's format.</summary>
public static class AuditCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "at", "actorId", "actorName", "action", "targetId", "targetName", "boothId", "reason", "detail", "reportId", "sanctionId"];

    public static byte[] Write(IEnumerable<AuditEntry> entries) => Csv.Write(Header, entries.Select(e => (IReadOnlyList<string?>)
    [
        e.Id, Csv.Time(e.At), e.ActorId, e.ActorName, e.Action, e.TargetId, e.TargetName, e.BoothId, e.Reason, e.Detail, e.ReportId, e.SanctionId,
    ]));
}
