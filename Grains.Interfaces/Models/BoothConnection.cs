namespace Expo.Grains.Models;

/// <summary>
/// One browser connection of a visitor in a booth, as a Web node reports it when renewing leases; <see cref="Queued"/>
/// when the connection waits in the booth's queue rather than being inside.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.BoothConnection")]
public sealed record BoothConnection(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] VisitorRef Visitor,
    [property: Id(2)] bool Queued = false);
