using System.Globalization;
using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

/// <summary>Compares two versions of the terms field by field, in the terms' own order.</summary>
internal static class TermsDiffer
{
    public static IReadOnlyList<TermsChange> Diff(AgreementTerms? before, AgreementTerms after) =>
        [.. Fields(before).Zip(Fields(after))
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => new TermsChange(pair.Second.Field, pair.First.Value, pair.Second.Value))
            .Concat(Keyed("quantities", before?.Quantities, after.Quantities, q => q.Item, Quantity))
            .Concat(Keyed("obligations", before?.Obligations, after.Obligations, o => o.PartyId, o => o.Text))];

    private static IEnumerable<(string Field, string? Value)> Fields(AgreementTerms? t)
    {
        yield return ("subject", t?.Subject);
        yield return ("field", t?.Field);
        yield return ("scope", t?.Scope);
        yield return ("value", t?.Value?.ToString(CultureInfo.InvariantCulture));
        yield return ("currency", t?.Currency);
        yield return ("startDate", t?.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return ("endDate", t?.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return ("place", t?.Place);
        yield return ("notes", t?.Notes);
    }

    private static IEnumerable<TermsChange> Keyed<T>(
        string name, IReadOnlyList<T>? before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> text)
    {
        var old = (before ?? []).ToDictionary(key, text);
        var now = after.ToDictionary(key, text);
        foreach (var k in old.Keys.Concat(now.Keys).Distinct())
        {
            var was = old.GetValueOrDefault(k);
            var @is = now.GetValueOrDefault(k);
            if (was != @is)
            {
                yield return new TermsChange($"{name}[{k}]", was, @is);
            }
        }
    }

    private static string Quantity(TermsQuantity q) => $"{q.Amount.ToString(CultureInfo.InvariantCulture)} {q.Unit}";
}
