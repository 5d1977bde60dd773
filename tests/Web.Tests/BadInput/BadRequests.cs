using System.Text;
using static Expo.Web.Tests.BadInput.OpenApiOperations;

namespace Expo.Web.Tests.BadInput;

/// <summary>
/// Requests the API must refuse, generated from its OpenAPI operations: bodies it cannot read, fields of the wrong
/// kind or with values no rule allows, and path and query values that are not ids or numbers. Each carries what a
/// correct answer is.
/// </summary>
public static class BadRequests
{
    /// <summary>What a correct answer is: <c>Binding</c> 400/415/405 (the framework cannot read it), <c>Refused</c> any 4xx, <c>Read</c> anything but 5xx.</summary>
    public enum Expect { Binding, Refused, Read }

    public sealed record Probe(string What, string Method, string Url, byte[]? Body, string? ContentType, Expect Expect);

    private const int Huge = 65_536;

    private static readonly string[] Malformed =
    [
        "{not json", "{\"a\":", "[", "{\"x\":1,}", "[]", "[{}]", "42", "\"text\"", "true", "{'single':'quotes'}", "{\"a\":NaN}",
        "{\"a\":01}", "{\"a\":1}trailing", "\u0000", "{\"a\":" + new string('[', 200) + new string(']', 200) + "}",
    ];

    private static readonly string[] WrongKinds = ["{\"k\":1}", "[1]", "12345", "\"str\"", "true"];

    private static readonly string[] BadIdStrings = ["", new('x', Huge), "a\u0000b", "\u001b[31m", "line\nbreak"];

    private static readonly string[] BadTextStrings = [.. BadIdStrings, "\u202Eevil\u202C", "zero\u200Bwidth", "\u2066isolate", "\uFEFF"];

    private static readonly string[] BadNumbers = ["-1", "-99999999999", "99999999999999999999999", "1e308", "-1e308", "1e400", "1.5"];

    private static readonly string[] BadSegments =
    [
        // No %00: Kestrel refuses a path with a NUL itself, and the in-memory test server cannot carry one.
        "NOT%20A%20SLUG", "%01", "%E2%80%AEevil", "%E2%80%8B", new('a', 300), "-1", "99999999999999999999999",
        "%F0%9F%98%80", "%FF", "%C0%AF", "%3Cscript%3E", "a%2Fb", "%20",
    ];

    /// <summary>Any printable text is an operation id, so a command is refused only for one that is empty, long or has control characters.</summary>
    private static readonly string[] BadOperationIds = ["", new('o', 8_192), "%00", "%01", "%1B%5B31m"];

    private static readonly string[] BadQueryValues =
    [
        "abc", "-1", "99999999999999999999999", "1e999", "", new('q', 8_192), "%00", "%E2%80%AE", "%E2%80%8B",
        "2025-13-45T99:99:99Z", "%FF", "NaN",
    ];

    public static IEnumerable<Probe> For(Operation operation, string boothId)
    {
        var path = Fill(operation, boothId, except: null, bad: null);
        var write = operation.Method != "GET";
        if (operation.HasJsonBody)
        {
            foreach (var text in Malformed)
            {
                yield return Json(operation, path, "malformed body", text, Expect.Binding);
            }

            yield return new Probe("invalid UTF-8", operation.Method, path, [(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'], "application/json", Expect.Binding);
            yield return new Probe("text/plain body", operation.Method, path, Encoding.UTF8.GetBytes("{}"), "text/plain", Expect.Binding);
            yield return new Probe("xml body", operation.Method, path, Encoding.UTF8.GetBytes("<a/>"), "application/xml", Expect.Binding);
            // A few commands have no required field (an empty body marks every inbox item read): the state read before
            // and after the run shows that nothing the expo holds changed.
            foreach (var text in new[] { "", "null", "{}" })
            {
                yield return Json(operation, path, "missing fields", text, Expect.Read);
            }

            foreach (var field in operation.BodyFields!)
            {
                foreach (var probe in FieldProbes(operation, path, field))
                {
                    yield return probe;
                }
            }
        }

        foreach (var parameter in operation.PathParameters)
        {
            foreach (var segment in BadSegments)
            {
                yield return new Probe($"path {parameter.Name}", operation.Method, Fill(operation, boothId, parameter.Name, segment), null, null, Expect.Refused);
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            var operationId = write && parameter.Name == "operationId";
            foreach (var value in operationId ? BadOperationIds : BadQueryValues)
            {
                var url = $"{path}?{parameter.Name}={value}";
                yield return new Probe($"query {parameter.Name}", operation.Method, url, null, null, write ? Expect.Refused : Expect.Read);
            }

            if (!operationId)
            {
                yield return new Probe($"query {parameter.Name} twice", operation.Method, $"{path}?{parameter.Name}=a&{parameter.Name}=b", null, null, write ? Expect.Refused : Expect.Read);
            }
        }
    }

    private static IEnumerable<Probe> FieldProbes(Operation operation, string path, Field field)
    {
        if (field.Kinds.Count == 0)
        {
            yield break;
        }

        var wrong = WrongKinds.Where(v => !Accepts(field.Kinds, KindOf(v))).ToList();
        foreach (var value in wrong)
        {
            yield return Json(operation, path, $"{field.Name} of the wrong kind", $"{{\"{field.Name}\":{value}}}", Expect.Binding);
        }

        yield return Json(operation, path, $"{field.Name} nested too deep", $"{{\"{field.Name}\":{new string('[', 100)}{new string(']', 100)}}}", Expect.Binding);
        if (field.Kinds.Contains("string") && !field.Kinds.Contains("integer") && !field.Kinds.Contains("number"))
        {
            // Ids are not shown to people, so bidi and zero-width characters are not refused in them on their own.
            var values = field.Name.EndsWith("Id", StringComparison.Ordinal) || field.Name == "code" ? BadIdStrings : BadTextStrings;
            foreach (var value in values)
            {
                yield return Json(operation, path, $"{field.Name} bad text", $"{{\"{field.Name}\":{System.Text.Json.JsonSerializer.Serialize(value)}}}", Expect.Refused);
            }

            yield return Json(operation, path, $"{field.Name} lone surrogate", $"{{\"{field.Name}\":\"\\ud800\"}}", Expect.Refused);
        }

        if (field.Kinds.Contains("integer") || field.Kinds.Contains("number"))
        {
            foreach (var value in BadNumbers.Where(n => n != "1.5" || !field.Kinds.Contains("number")))
            {
                yield return Json(operation, path, $"{field.Name} out of range", $"{{\"{field.Name}\":{value}}}", Expect.Refused);
            }
        }
    }

    private static bool Accepts(IReadOnlySet<string> kinds, string kind) =>
        kinds.Contains(kind) || (kind == "integer" && kinds.Contains("number"));

    private static string KindOf(string json) => json[0] switch
    {
        '{' => "object",
        '[' => "array",
        '"' => "string",
        't' => "boolean",
        _ => "integer",
    };

    private static Probe Json(Operation operation, string url, string what, string body, Expect expect) =>
        new(what, operation.Method, url, Encoding.UTF8.GetBytes(body), "application/json", expect);

    /// <summary>The path with plausible values (the test's booth, otherwise an unknown id), one parameter replaced by a bad one.</summary>
    private static string Fill(Operation operation, string boothId, string? except, string? bad) =>
        operation.PathParameters.Aggregate(operation.Path, (path, p) =>
            path.Replace($"{{{p.Name}}}", p.Name == except ? bad! : p.Name == "boothId" ? boothId : p.Kinds.Contains("integer") ? "1" : "no-such-thing", StringComparison.Ordinal));
}
