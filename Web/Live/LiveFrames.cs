using System.Text;
using System.Text.Json;

namespace Expo.Web.Live;

/// <summary>Server-sent event frames, encoded once per event and shared by every stream of the node.</summary>
internal static class LiveFrames
{
    public const string Announcements = "announcements";
    public const string Counts = "counts";
    public const string AgreementSigned = "agreementSigned";

    public static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(": keep-alive\n\n");

    /// <summary>JSON never holds a raw line break, so one <c>data:</c> line carries the whole object.</summary>
    public static byte[] Of(string name, object payload, JsonSerializerOptions json) =>
        Encoding.UTF8.GetBytes($"event: {name}\ndata: {JsonSerializer.Serialize(payload, payload.GetType(), json)}\n\n");
}
