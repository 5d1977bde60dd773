using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>
/// Moderation of one expo, keyed by expo id: mutes and bans (expo-wide and per booth), visitors' reports and the audit
/// log. Organisers act anywhere, a booth's staff in their own booth; it pushes each booth the sanctions in force there.
/// </summary>
[Alias("expo.IModerationGrain")]
public interface IModerationGrain : IGrainWithStringKey
{
    /// <summary>Mutes or bans; replaces the visitor's sanction of the same kind in the same scope. A retried operation returns the first.</summary>
    [Alias("sanction")]
    Task<Sanction> SanctionAsync(string actorId, string operationId, SanctionRequest request);

    [Alias("lift")]
    Task LiftAsync(string actorId, string operationId, string sanctionId, string reason);

    /// <summary>Removes a chat line for everyone; the booth stores the removal before anyone hears of it.</summary>
    [Alias("remove-message")]
    Task<AuditEntry> RemoveMessageAsync(string actorId, string operationId, string boothId, long sequence, string reason, string? reportId);

    /// <summary>Sanctions in force, for organisers (all, or one booth's) and a booth's staff (their booth's).</summary>
    [Alias("sanctions")]
    Task<IReadOnlyList<Sanction>> GetSanctionsAsync(string actorId, string? boothId);

    /// <summary>What a booth enforces; booths ask on activation. Interleaves, since this grain waits on booths while pushing.</summary>
    [AlwaysInterleave, Alias("booth-sanctions")]
    Task<BoothSanctions> GetBoothSanctionsAsync(string boothId);

    /// <summary>Any visitor reports a line or a person; the same reporter on the same thing counts once.</summary>
    [Alias("report")]
    Task<ModerationReport> ReportAsync(VisitorRef reporter, string operationId, ReportRequest request);

    /// <summary>
    /// Reports, newest first: organisers see every booth's (or one's), a booth's staff their booth's. With
    /// <paramref name="openOnly"/> false, the recently resolved too; older resolved ones page through <see cref="GetResolvedReportsAsync"/>.
    /// </summary>
    [Alias("reports")]
    Task<IReadOnlyList<ModerationReport>> GetReportsAsync(string actorId, string? boothId, bool openOnly);

    [Alias("dismiss-report")]
    Task<ModerationReport> DismissReportAsync(string actorId, string operationId, string reportId, string reason);

    /// <summary>Resolved reports, most recently resolved first, sealed pages included; organisers only.</summary>
    [Alias("resolved-reports")]
    Task<ReportPage> GetResolvedReportsAsync(string actorId, int skip, int take);

    /// <summary>The audit log, newest first; organisers only.</summary>
    [Alias("audit")]
    Task<AuditPage> GetAuditAsync(string actorId, int skip, int take);

    /// <summary>Refuses a visitor banned expo-wide (<c>banned</c>), or, when <paramref name="speaking"/>, muted expo-wide (<c>muted</c>).</summary>
    [AlwaysInterleave, ReadOnly, Alias("check-standing")]
    Task CheckStandingAsync(string visitorId, bool speaking);
}
