using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>A visitor's stated interests: known kinds of goal, slugs, and small bounded lists.</summary>
public static class InterestRules
{
    public const string Buy = "buy";
    public const string Partner = "partner";
    public const string Learn = "learn";

    public static readonly IReadOnlyList<string> Goals = [Buy, Partner, Learn];

    public const int MaxFields = 20;
    public const int MaxCities = 12;

    /// <summary>How many booths a recommendation lists at most.</summary>
    public const int MaxRecommendations = 6;

    public static VisitorInterests Require(VisitorInterests? interests)
    {
        if (interests is null)
        {
            throw ExpoException.Invalid("Send the interests.");
        }

        return new VisitorInterests(
            List(interests.Fields, MaxFields, "fields"),
            List(interests.Cities, MaxCities, "cities"),
            List(interests.Goals, Goals.Count, "goals", Goals));
    }

    private static IReadOnlyList<string> List(IReadOnlyList<string>? values, int max, string name, IReadOnlyList<string>? allowed = null)
    {
        var list = (values ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > max || list.Any(v => !ExpoRules.IsSlug(v) || (allowed is not null && !allowed.Contains(v))))
        {
            throw ExpoException.Invalid(allowed is null
                ? $"Up to {max} {name}, each an id of a-z, 0-9 and '-'."
                : $"The {name} are some of: {string.Join(", ", allowed)}.");
        }

        return list;
    }
}
