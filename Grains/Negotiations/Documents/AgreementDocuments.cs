using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Expo.Grains.Negotiations.Documents;

/// <summary>Makes the agreement document of a negotiation's agreed version.</summary>
internal static class AgreementDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Chinese stays readable in the record; the record is never embedded in HTML unencoded.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static AgreementDocument Build(string negotiationId, NegotiationState s, DateTimeOffset agreedAt)
    {
        var version = s.Versions[^1];
        var record = new AgreementRecordJson(
            negotiationId,
            s.ExpoId,
            version.Number,
            agreedAt,
            [.. s.Parties.Select(p => new AgreementRecordParty(p.PartyId, p.Name, p.Signatories))],
            version.Terms);
        var json = JsonSerializer.Serialize(record, Json);
        var hash = Hash(json);
        return new AgreementDocument(negotiationId, hash, json, AgreementHtml.Render(record, hash));
    }

    /// <summary>Lowercase hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
