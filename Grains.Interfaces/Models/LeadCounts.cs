namespace Expo.Grains.Models;

/// <summary>
/// A booth's leads over a time range, for reports: how many visitors reached out (<see cref="Leads"/>), how many of
/// them for the first time (<see cref="NewLeads"/>), and the interactions by kind (<see cref="LeadRules.Kinds"/>).
/// Counts only: who the leads are stays with the booth's staff.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.LeadCounts")]
public sealed record LeadCounts(
    [property: Id(0)] int Leads,
    [property: Id(1)] int NewLeads,
    [property: Id(2)] IReadOnlyDictionary<string, int> Interactions);
