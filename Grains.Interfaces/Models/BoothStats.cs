namespace Expo.Grains.Models;

/// <summary>Counters of one booth activation, for operators and tests of the fan-out shape.</summary>
/// <remarks>
/// <see cref="StateWrites"/> counts writes of the booth's own state (checkpoints and profile changes);
/// <see cref="JournalAppends"/> counts the calls that stored new lines in the chat journal;
/// <see cref="ChatLinesWaiting"/> is how many lines have a sequence but are not stored yet.
/// </remarks>
[GenerateSerializer, Immutable, Alias("expo.BoothStats")]
public sealed record BoothStats(
    [property: Id(0)] int Subscribers,
    [property: Id(1)] long ChatLinesStored,
    [property: Id(2)] long ObserverChatSends,
    [property: Id(3)] long ObserverPresenceSends,
    [property: Id(4)] int Connections,
    [property: Id(5)] long StateWrites,
    [property: Id(6)] long JournalAppends,
    [property: Id(7)] long ChatLinesWaiting,
    [property: Id(8)] int? Capacity = null,
    [property: Id(9)] int QueueLength = 0);
