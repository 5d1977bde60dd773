using Expo.Grains.Models;

namespace Expo.Grains.Expo;

internal static class BoothEdits
{
    /// <summary>The seeded catalogue with each edited booth's profile in place of its seeded one.</summary>
    public static ExpoDefinition? Merge(ExpoDefinition? definition, IReadOnlyDictionary<string, BoothProfile> edits) =>
        definition is null || edits.Count == 0
            ? definition
            : definition with
            {
                Pavilions = [.. definition.Pavilions.Select(p => p with
                {
                    Booths = [.. p.Booths.Select(b => edits.TryGetValue(b.Id, out var edited) ? edited with { PavilionId = b.PavilionId } : b)],
                })],
            };
}
