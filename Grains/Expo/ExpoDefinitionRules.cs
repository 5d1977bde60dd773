using Expo.Grains.Models;

namespace Expo.Grains.Expo;

/// <summary>What a catalogue must satisfy before any of it is stored.</summary>
internal static class ExpoDefinitionRules
{
    public static void Validate(ExpoDefinition definition)
    {
        var problems = Problems(definition).ToList();
        if (problems.Count > 0)
        {
            throw ExpoException.Invalid("The expo catalogue is not valid: " + string.Join(" ", problems));
        }
    }

    private static IEnumerable<string> Problems(ExpoDefinition definition)
    {
        if (!ExpoRules.IsSlug(definition.Id))
        {
            yield return $"Expo id '{definition.Id}' is not a slug.";
        }

        var fieldIds = definition.Fields.Select(f => f.Id).ToHashSet();
        var boothIds = new HashSet<string>();
        foreach (var pavilion in definition.Pavilions)
        {
            if (!ExpoRules.IsSlug(pavilion.Id))
            {
                yield return $"Pavilion id '{pavilion.Id}' is not a slug.";
            }

            foreach (var booth in pavilion.Booths)
            {
                if (!ExpoRules.IsSlug(booth.Id) || !boothIds.Add(booth.Id))
                {
                    yield return $"Booth id '{booth.Id}' is not a slug or is used twice.";
                }

                if (booth.PavilionId != pavilion.Id)
                {
                    yield return $"Booth '{booth.Id}' names pavilion '{booth.PavilionId}' but sits in '{pavilion.Id}'.";
                }

                foreach (var field in booth.Fields.Where(f => !fieldIds.Contains(f)))
                {
                    yield return $"Booth '{booth.Id}' names unknown field '{field}'.";
                }
            }
        }

        var partyIds = boothIds.Concat(definition.Pavilions.Select(p => p.Id)).ToHashSet();
        foreach (var agreement in definition.Agreements)
        {
            foreach (var party in agreement.Parties.Where(p => !partyIds.Contains(p)))
            {
                yield return $"Agreement '{agreement.Id}' names unknown party '{party}'.";
            }
        }
    }
}
