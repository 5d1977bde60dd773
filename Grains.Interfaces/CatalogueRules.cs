using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>What a catalogue item may hold; the Web edge and the catalogue grain both apply these rules.</summary>
public static class CatalogueRules
{
    public const int MaxItems = 200;
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 4000;
    public const int MaxTags = 12;
    public const int MaxTagLength = 32;
    public const int MaxImages = 8;
    public const decimal MaxAmount = 1_000_000_000m;

    public static readonly IReadOnlyList<string> Kinds = ["product", "cultural-ip", "tour-route", "study-programme", "dish", "service", "other"];

    /// <summary>The item after the edit, or an <c>invalid_input</c> refusal naming the first rule the edit breaks.</summary>
    public static CatalogueItem Apply(string id, CatalogueItemEdit? edit, bool hidden, DateTimeOffset now, Func<string, bool> isImage)
    {
        if (edit is null)
        {
            throw ExpoException.Invalid("The catalogue item is missing.");
        }

        var kind = edit.Kind is { } k && Kinds.Contains(k) ? k : throw ExpoException.Invalid($"An item's kind is one of: {string.Join(", ", Kinds)}.");
        var title = new LocalizedText(
            TextRules.One(edit.Title?.En, "The English title", 1, MaxTitleLength, multiline: false),
            TextRules.One(edit.Title?.Zh, "The Chinese title", 1, MaxTitleLength, multiline: false));
        var description = new LocalizedText(
            TextRules.One(edit.Description?.En, "The English description", 0, MaxDescriptionLength, multiline: true),
            TextRules.One(edit.Description?.Zh, "The Chinese description", 0, MaxDescriptionLength, multiline: true));
        return new CatalogueItem(id, kind, title, description, RequireTags(edit.Tags ?? []), RequirePrice(edit.Price),
            RequireImages(edit.ImageIds ?? [], isImage), hidden, now);
    }

    private static IReadOnlyList<string> RequireTags(IReadOnlyList<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            throw ExpoException.Invalid($"An item has up to {MaxTags} tags.");
        }

        var cleaned = tags.Select(t => TextRules.One(t, "A tag", 1, MaxTagLength, multiline: false)).ToList();
        return cleaned.Distinct(StringComparer.OrdinalIgnoreCase).Count() == cleaned.Count
            ? cleaned
            : throw ExpoException.Invalid("An item's tags are all different.");
    }

    private static CataloguePrice? RequirePrice(CataloguePrice? price)
    {
        if (price is null)
        {
            return null;
        }

        if (!Iso4217.IsCurrency(price.Currency))
        {
            throw ExpoException.Invalid("A price's currency is an ISO 4217 code such as 'CNY' or 'USD'.");
        }

        if (price.Amount < 0 || price.Amount > MaxAmount || decimal.Round(price.Amount, 4) != price.Amount)
        {
            throw ExpoException.Invalid($"A price is 0 to {MaxAmount:0} with at most 4 decimals; leave it out for \"on request\".");
        }

        return price;
    }

    private static IReadOnlyList<string> RequireImages(IReadOnlyList<string> imageIds, Func<string, bool> isImage)
    {
        if (imageIds.Count > MaxImages || imageIds.Distinct().Count() != imageIds.Count)
        {
            throw ExpoException.Invalid($"An item shows up to {MaxImages} different images.");
        }

        var unknown = imageIds.FirstOrDefault(id => !isImage(id ?? ""));
        return unknown is null ? [.. imageIds] : throw ExpoException.Invalid($"'{unknown}' is not an image of this booth.");
    }
}
