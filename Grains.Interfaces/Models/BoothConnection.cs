namespace Expo.Grains.Models;

/// <summary>One browser connection of a visitor in a booth, as a Web node reports it when renewing leases.</summary>
[GenerateSerializer, Immutable, Alias("expo.BoothConnection")]
public sealed record BoothConnection(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] VisitorRef Visitor);
