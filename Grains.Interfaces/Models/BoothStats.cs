namespace Expo.Grains.Models;

/// <summary>Counters of one booth activation, for operators and tests of the fan-out shape.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothStats")]
public sealed record BoothStats(
    [property: Id(0)] int Subscribers,
    [property: Id(1)] long ChatLinesStored,
    [property: Id(2)] long ObserverChatSends,
    [property: Id(3)] long ObserverPresenceSends,
    [property: Id(4)] int Connections,
    [property: Id(5)] long StateWrites);
