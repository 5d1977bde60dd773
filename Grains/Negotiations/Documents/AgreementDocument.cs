namespace Expo.Grains.Negotiations.Documents;

/// <summary>An agreement document as stored: the JSON record, whose SHA-256 is the content hash, and its printable page.</summary>
public sealed record AgreementDocument(string NegotiationId, string ContentHash, string Json, string Html)
{
    /// <summary>
    /// Names hold the content hash: a document that differs gets a new name, so no write (even a late one from a
    /// lost activation) can change a document someone has seen or signed.
    /// </summary>
    public string JsonName => NameOf(NegotiationId, ContentHash, html: false);

    public string HtmlName => NameOf(NegotiationId, ContentHash, html: true);

    public static string NameOf(string negotiationId, string contentHash, bool html) =>
        $"{negotiationId}/{contentHash}.{(html ? "html" : "json")}";
}
