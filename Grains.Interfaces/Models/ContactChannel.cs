namespace Expo.Grains.Models;

/// <summary>One way to reach a booth's staff: <see cref="Kind"/> is one of <see cref="BoothProfileRules.ContactKinds"/>.</summary>
[GenerateSerializer, Immutable, Alias("expo.ContactChannel")]
public sealed record ContactChannel(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Value);
