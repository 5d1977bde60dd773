namespace Expo.Grains.Models;

/// <summary>The expo's organisers (visitor ids) and the changes to the role, newest first.</summary>
[GenerateSerializer, Immutable, Alias("expo.OrganiserRoster")]
public sealed record OrganiserRoster(
    [property: Id(0)] IReadOnlyList<string> Organisers,
    [property: Id(1)] IReadOnlyList<OrganiserChange> Changes);
