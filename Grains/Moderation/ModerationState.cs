using Expo.Grains.Models;

namespace Expo.Grains.Moderation;

/// <summary>One expo's sanctions, reports, audit log and recent operation ids; a new object per change, written before anyone hears of it.</summary>
[GenerateSerializer, Alias("expo.ModerationState")]
public sealed class ModerationState
{
    /// <summary>Counts changes to the sanctions, so a booth keeps the newest push it got.</summary>
    [Id(0)]
    public long Version { get; set; }

    /// <summary>Sanctions in force or run out but not yet pruned; lifted ones are gone.</summary>
    [Id(1)]
    public List<Sanction> Sanctions { get; set; } = [];

    /// <summary>Open reports, oldest first; a report leaves for <see cref="Resolved"/> when it is dismissed or acted on.</summary>
    [Id(2)]
    public List<ModerationReport> Reports { get; set; } = [];

    /// <summary>The newest audit entries, oldest first; older ones are in sealed pages.</summary>
    [Id(3)]
    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>"{actorId}/{operationId}" to "{kind}:{id of what it produced}", so a retry answers as the first call did.</summary>
    [Id(4)]
    public Dictionary<string, string> Operations { get; set; } = [];

    /// <summary>Keys of <see cref="Operations"/>, oldest first, to forget the oldest.</summary>
    [Id(5)]
    public List<string> OperationOrder { get; set; } = [];

    /// <summary>How many pages of <see cref="ModerationOptions.AuditPageSize"/> entries are sealed in their own grains.</summary>
    [Id(6)]
    public long AuditPagesSealed { get; set; }

    /// <summary>The newest resolved reports, in the order they were resolved; older ones are in sealed pages.</summary>
    [Id(7)]
    public List<ModerationReport> Resolved { get; set; } = [];

    /// <summary>How many pages of <see cref="ModerationOptions.ReportPageSize"/> resolved reports are sealed in their own grains.</summary>
    [Id(8)]
    public long ReportPagesSealed { get; set; }

    /// <summary>
    /// Booths that have not yet acknowledged the sanctions version in force ("*" for every booth of the expo): written
    /// with the change, emptied as booths take it, retried until they do, so a failed push is never the last word.
    /// </summary>
    [Id(9)]
    public List<string> Undelivered { get; set; } = [];

    public ModerationState Copy() => new()
    {
        Resolved = [.. Resolved],
        ReportPagesSealed = ReportPagesSealed,
        Undelivered = [.. Undelivered],
        AuditPagesSealed = AuditPagesSealed,
        Version = Version,
        Sanctions = [.. Sanctions],
        Reports = [.. Reports],
        Audit = [.. Audit],
        Operations = new Dictionary<string, string>(Operations),
        OperationOrder = [.. OperationOrder],
    };
}
