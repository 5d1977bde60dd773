using System.Text.Json;
using System.Text.RegularExpressions;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Texts;

/// <summary>
/// The interface's texts come from <c>Web/wwwroot/locales/&lt;lang&gt;/&lt;bundle&gt;.json</c>. Both languages must have
/// the same bundles, the same keys, the same plural shape and the same placeholders, and every key the pages name
/// literally must exist; otherwise a visitor would see a key, or English in the middle of a Chinese page.
/// </summary>
public sealed partial class LocaleFilesTests
{
    private static readonly string Locales = RepoPaths.Of("Web", "wwwroot", "locales");
    private static readonly string Scripts = RepoPaths.Of("Web", "wwwroot", "js");

    [Fact]
    public void BothLanguagesHaveTheSameBundles()
    {
        Assert.Equal(Bundles("en"), Bundles("zh"));
        Assert.NotEmpty(Bundles("en"));
    }

    [Fact]
    public void EveryBundleIsLoadedByThePage()
    {
        var loader = File.ReadAllText(Path.Combine(Scripts, "i18n.js"));
        var listed = BundleList().Match(loader);
        Assert.True(listed.Success, "i18n.js lists its bundles in BUNDLES");
        var names = QuotedName().Matches(listed.Groups[1].Value).Select(m => m.Groups[1].Value).Order();
        Assert.Equal(Bundles("en"), names);
    }

    [Fact]
    public void BothLanguagesHaveTheSameKeysPluralsAndPlaceholders()
    {
        var en = Texts("en");
        var zh = Texts("zh");
        Assert.Empty(en.Keys.Except(zh.Keys).Select(k => $"zh lacks {k}"));
        Assert.Empty(zh.Keys.Except(en.Keys).Select(k => $"en lacks {k}"));
        foreach (var (key, english) in en)
        {
            var chinese = zh[key];
            // Chinese has one plural form, so a plural object in English may be a plain string in Chinese.
            // A translation may leave out a value another text already says (an ordinal holds the position), never add one.
            Assert.True(Placeholders(chinese).IsSubsetOf(Placeholders(english)), $"{key} names a placeholder in zh that en does not");
            Assert.True(english.ValueKind != JsonValueKind.Object || english.TryGetProperty("other", out _), $"{key} has no 'other' plural form in en");
            Assert.True(chinese.ValueKind != JsonValueKind.Object || chinese.TryGetProperty("other", out _), $"{key} has no 'other' plural form in zh");
        }
    }

    [Fact]
    public void EveryKeyNamedInThePagesExists()
    {
        var keys = Texts("en").Keys.ToHashSet();
        // i18n.js is the loader itself; its comments show the markup's syntax with a made-up key.
        var files = Directory.EnumerateFiles(Scripts, "*.js", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "i18n.js")
            .Append(RepoPaths.Of("Web", "wwwroot", "index.html"));
        var missing = new List<string>();
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            var named = LiteralKey().Matches(source).Select(m => m.Groups["key"].Value)
                .Concat(MarkupKey().Matches(source).Select(m => m.Groups["key"].Value))
                .Concat(AttributeKeys().Matches(source).SelectMany(m => m.Groups["pairs"].Value.Split(';'))
                    .Select(pair => pair.Split(':').Last().Trim()));
            missing.AddRange(named.Where(k => k.Length > 0 && !keys.Contains(k)).Select(k => $"{Path.GetFileName(file)}: {k}"));
        }

        Assert.Empty(missing.Distinct());
    }

    private static List<string> Bundles(string lang) =>
        [.. Directory.EnumerateFiles(Path.Combine(Locales, lang), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    private static Dictionary<string, JsonElement> Texts(string lang)
    {
        var texts = new Dictionary<string, JsonElement>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Locales, lang), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                Assert.True(texts.TryAdd(entry.Name, entry.Value.Clone()), $"{entry.Name} is in two bundles of {lang}");
            }
        }

        return texts;
    }

    private static HashSet<string> Placeholders(JsonElement text)
    {
        var strings = text.ValueKind == JsonValueKind.Object
            ? text.EnumerateObject().Select(p => p.Value.GetString() ?? "")
            : [text.GetString() ?? ""];
        return [.. strings.SelectMany(s => Placeholder().Matches(s).Select(m => m.Value))];
    }

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"BUNDLES\s*=\s*\[([^\]]*)\]")]
    private static partial Regex BundleList();

    [GeneratedRegex(@"'([\w-]+)'")]
    private static partial Regex QuotedName();

    // t('some.key') with a literal key; keys built at run time are checked by the browser tests.
    [GeneratedRegex(@"\bt\(\s*'(?<key>[\w.-]+)'")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"data-i18n=""(?<key>[\w.-]+)""")]
    private static partial Regex MarkupKey();

    [GeneratedRegex(@"data-i18n-attr=""(?<pairs>[^""]+)""")]
    private static partial Regex AttributeKeys();
}
