using System.Globalization;
using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>What a booth's staff may put in its profile; the Web edge and the booth grain both apply these rules.</summary>
public static class BoothProfileRules
{
    public const int MaxNameLength = 80;
    public const int MaxTaglineLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxFields = 8;
    public const int MaxContacts = 8;
    public const int MaxContactLength = 200;
    public const int MaxOpeningPeriods = 21;
    public const int MaxLanguages = 8;

    public static readonly IReadOnlyList<string> ContactKinds = ["email", "phone", "website", "wechat", "weibo", "whatsapp", "line", "telegram"];
    public static readonly IReadOnlyList<string> Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The profile after the edit, or an <c>invalid_input</c> refusal naming the first rule it breaks.</summary>
    public static BoothProfile Apply(BoothProfile current, BoothProfileEdit? edit, IReadOnlySet<string> expoFields)
    {
        if (edit is null)
        {
            throw ExpoException.Invalid("The profile is missing.");
        }

        return current with
        {
            Name = Text(edit.Name, "name", 1, MaxNameLength, multiline: false),
            Tagline = Text(edit.Tagline, "tagline", 0, MaxTaglineLength, multiline: false),
            Description = Text(edit.Description, "description", 0, MaxDescriptionLength, multiline: true),
            Fields = RequireFields(edit.Fields ?? [], expoFields),
            Contacts = RequireContacts(edit.Contacts ?? []),
            OpeningHours = edit.OpeningHours is null ? null : RequireOpeningHours(edit.OpeningHours),

            // An edit that does not mention languages keeps them: older clients send no such field.
            Languages = edit.Languages is null ? current.Languages : RequireLanguages(edit.Languages),
            Sample = false,
        };
    }

    private static LocalizedText Text(LocalizedText? text, string what, int min, int max, bool multiline) =>
        new(One(text?.En, $"The English {what}", min, max, multiline), One(text?.Zh, $"The Chinese {what}", min, max, multiline));

    private static string One(string? value, string what, int min, int max, bool multiline)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed.Length < min || trimmed.Length > max)
        {
            throw ExpoException.Invalid(min > 0 ? $"{what} is {min} to {max} characters." : $"{what} is at most {max} characters.");
        }

        if (trimmed.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            throw ExpoException.Invalid($"{what} may not contain control characters.");
        }

        return trimmed;
    }

    private static IReadOnlyList<string> RequireFields(IReadOnlyList<string> fields, IReadOnlySet<string> expoFields)
    {
        if (fields.Count > MaxFields || fields.Distinct().Count() != fields.Count)
        {
            throw ExpoException.Invalid($"A booth lists up to {MaxFields} different fields of cooperation.");
        }

        var unknown = fields.FirstOrDefault(f => !expoFields.Contains(f));
        return unknown is null ? [.. fields] : throw ExpoException.Invalid($"'{unknown}' is not a field of cooperation of this expo.");
    }

    /// <summary>ISO 639-1 codes: two lower-case letters each, different, at most <see cref="MaxLanguages"/>.</summary>
    public static IReadOnlyList<string> RequireLanguages(IReadOnlyList<string> languages)
    {
        if (languages.Count > MaxLanguages || languages.Distinct().Count() != languages.Count
            || languages.Any(l => l is null || l.Length != 2 || !l.All(char.IsAsciiLetterLower)))
        {
            throw ExpoException.Invalid($"A booth lists up to {MaxLanguages} different languages as two-letter codes such as 'en' or 'zh'.");
        }

        return [.. languages];
    }

    public static bool IsLanguageCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterLower);

    private static IReadOnlyList<ContactChannel> RequireContacts(IReadOnlyList<ContactChannel> contacts)
    {
        if (contacts.Count > MaxContacts)
        {
            throw ExpoException.Invalid($"A booth lists up to {MaxContacts} contact channels.");
        }

        return [.. contacts.Select(RequireContact)];
    }

    private static ContactChannel RequireContact(ContactChannel? contact)
    {
        var kind = contact?.Kind;
        if (kind is null || !ContactKinds.Contains(kind))
        {
            throw ExpoException.Invalid($"A contact channel is one of: {string.Join(", ", ContactKinds)}.");
        }

        var value = One(contact!.Value, $"A {kind} contact", 1, MaxContactLength, multiline: false);
        var valid = kind switch
        {
            "email" => IsEmail(value),
            "website" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http",
            "phone" => value.Length >= 5 && value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'),
            _ => true,
        };
        return valid ? new ContactChannel(kind, value) : throw ExpoException.Invalid($"'{value}' is not a valid {kind} contact.");
    }

    private static OpeningHours RequireOpeningHours(OpeningHours hours)
    {
        var zone = hours.TimeZone ?? "";
        if (!IsIanaTimeZone(zone))
        {
            throw ExpoException.Invalid("Opening hours need an IANA time zone such as 'Asia/Shanghai'.");
        }

        var weekly = hours.Weekly ?? [];
        if (weekly.Count > MaxOpeningPeriods)
        {
            throw ExpoException.Invalid($"Opening hours have up to {MaxOpeningPeriods} periods a week.");
        }

        var periods = weekly.Select(RequirePeriod).ToList();
        foreach (var day in periods.GroupBy(p => p.Day))
        {
            var ordered = day.OrderBy(p => p.Opens).ToList();
            if (ordered.Zip(ordered.Skip(1)).Any(pair => string.CompareOrdinal(pair.Second.Opens, pair.First.Closes) < 0))
            {
                throw ExpoException.Invalid($"The opening periods of '{day.Key}' overlap.");
            }
        }

        return new OpeningHours(zone, [.. periods.OrderBy(p => DayIndex(p.Day)).ThenBy(p => p.Opens, StringComparer.Ordinal)]);
    }

    private static OpeningPeriod RequirePeriod(OpeningPeriod? period)
    {
        if (period?.Day is not { } day || !Days.Contains(day))
        {
            throw ExpoException.Invalid($"An opening day is one of: {string.Join(", ", Days)}.");
        }

        if (!TryTime(period.Opens, out var opens) || !TryTime(period.Closes, out var closes) || opens >= closes)
        {
            throw ExpoException.Invalid("An opening period runs from 'HH:mm' to a later 'HH:mm' on the same day.");
        }

        return new OpeningPeriod(day, period.Opens, period.Closes);
    }

    private static bool TryTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static int DayIndex(string day)
    {
        for (var i = 0; i < Days.Count; i++)
        {
            if (Days[i] == day)
            {
                return i;
            }
        }

        return Days.Count;
    }

    private static bool IsEmail(string value)
    {
        try
        {
            AccountRules.NormaliseEmail(value);
            return true;
        }
        catch (ExpoException)
        {
            return false;
        }
    }

    public static bool IsIanaTimeZone(string zone) =>
        (zone == "UTC" || zone.Contains('/')) && zone.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
}
