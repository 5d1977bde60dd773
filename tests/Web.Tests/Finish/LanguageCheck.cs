using System.Text.Json;
using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Finish;

/// <summary>
/// Finds, in a page's texts, a locale key shown raw, a placeholder left unfilled, or an interface word of the other
/// language: Latin words on a Chinese page, Chinese characters on an English one. People's content is left out, and so
/// are words the translators or the seed content use in that language themselves (such as "IP" in a Chinese name).
/// </summary>
public sealed partial class LanguageCheck
{
    private readonly IReadOnlyList<string> _people;
    private readonly HashSet<string> _keys = [];
    private readonly Dictionary<string, HashSet<string>> _ownWords = new() { ["en"] = [], ["zh"] = [] };

    public LanguageCheck(IReadOnlyList<string> peoplesContent)
    {
        _people = [.. peoplesContent.OrderByDescending(p => p.Length)];
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Of("Web", "wwwroot", "locales"), "*.json", SearchOption.AllDirectories))
        {
            var language = Path.GetFileName(Path.GetDirectoryName(file)!);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                _keys.Add(entry.Name);
                Collect(language, entry.Value);
            }
        }

        foreach (var file in Directory.EnumerateFiles(RepoPaths.Of("Silo", "Seed"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            CollectSeed(json.RootElement);
        }
    }

    public IEnumerable<string> Problems(string language, IReadOnlyList<ShownText> texts)
    {
        foreach (var shown in texts)
        {
            var text = _people.Aggregate(shown.Text, (t, person) => t.Replace(person, " ", StringComparison.Ordinal));
            var key = Tokens().Matches(text).Select(m => m.Value.Trim('.')).FirstOrDefault(_keys.Contains);
            if (key is not null)
            {
                yield return $"raw key '{key}' in \"{shown.Text}\" ({shown.Where})";
            }

            if (Placeholder().IsMatch(text))
            {
                yield return $"unfilled placeholder in \"{shown.Text}\" ({shown.Where})";
            }

            var foreign = ForeignWords(language, text).Where(w => !_ownWords[language].Contains(w)).ToList();
            if (foreign.Count > 0)
            {
                yield return $"'{string.Join(' ', foreign)}' in \"{shown.Text}\" ({shown.Where})";
            }
        }
    }

    private static IEnumerable<string> ForeignWords(string language, string text) =>
        (language == "zh" ? LatinWords() : ChineseRuns()).Matches(text).Select(m => m.Value);

    private void Collect(string language, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            _ownWords[language].UnionWith(ForeignWords(language, value.GetString()!));
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var part in value.EnumerateObject())
            {
                Collect(language, part.Value);
            }
        }
    }

    private void CollectSeed(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var part in value.EnumerateObject())
            {
                if (part.Name is "en" or "zh" && part.Value.ValueKind == JsonValueKind.String)
                {
                    Collect(part.Name, part.Value);
                }
                else if (part.Value.ValueKind == JsonValueKind.String)
                {
                    // A seed text given once (a speaker's name, an organisation) is shown as written in both languages.
                    Collect("en", part.Value);
                    Collect("zh", part.Value);
                }
                else
                {
                    CollectSeed(part.Value);
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                CollectSeed(item);
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWords();

    [GeneratedRegex(@"[\u3400-\u9FFF\uF900-\uFAFF]+")]
    private static partial Regex ChineseRuns();
}
