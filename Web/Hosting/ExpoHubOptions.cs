namespace Expo.Web.Hosting;

/// <summary>Bound from <c>Expo:Hub</c>: how the hub delivers chat and how far one connection may pipeline its lines.</summary>
public sealed class ExpoHubOptions
{
    public const string Section = "Expo:Hub";

    /// <summary>Whether a connection may enable the <c>chatBatches</c> feature; off, every connection gets one event per line.</summary>
    public bool ChatBatches { get; set; } = true;

    /// <summary>
    /// How many hub calls of one connection may be in progress at once. Above 1, a connection's <c>SendChat</c> calls
    /// overlap (each still forwarded to the booth in the order sent); every other call still runs alone, in order.
    /// </summary>
    public int ParallelInvocations { get; set; } = 8;

    /// <summary>
    /// Whether this node hands each booth its connections' lines several to a grain call (<see cref="Hubs.BoothChatOutbox"/>);
    /// off, every line is a call of its own.
    /// </summary>
    public bool ChatOutbox { get; set; } = true;

    public string? Validate() =>
        ParallelInvocations is < 1 or > 64 ? "Expo:Hub:ParallelInvocations is 1 to 64." : null;
}
