namespace Expo.Grains.Models;

/// <summary>A page of the audit log, newest first, and how many entries the log holds.</summary>
[GenerateSerializer, Immutable, Alias("expo.AuditPage")]
public sealed record AuditPage(
    [property: Id(0)] int Total,
    [property: Id(1)] IReadOnlyList<AuditEntry> Entries);
