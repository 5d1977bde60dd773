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

    /// <summary>
    /// Whether sends to connections never wait for a connection to take them, and a connection that takes none of its
    /// messages for <see cref="SlowReaderPatience"/> (or lets <see cref="SlowReaderMaxPending"/> pile up) is closed.
    /// Off, every send waits for its slowest connection, so one client that stops reading holds up the node's events.
    /// </summary>
    public bool SlowReaderGuard { get; set; } = true;

    /// <summary>How long a connection with messages waiting may go without taking any before it is closed.</summary>
    public TimeSpan SlowReaderPatience { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many messages may wait for one connection before it is closed, however recently it took one.</summary>
    public int SlowReaderMaxPending { get; set; } = 10_000;

    public string? Validate() =>
        ParallelInvocations is < 1 or > 64 ? "Expo:Hub:ParallelInvocations is 1 to 64."
        : SlowReaderPatience < TimeSpan.FromSeconds(1) ? "Expo:Hub:SlowReaderPatience is at least 1 s."
        : SlowReaderMaxPending < 1 ? "Expo:Hub:SlowReaderMaxPending is at least 1."
        : null;
}
