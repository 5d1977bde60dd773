namespace Expo.Grains.Models;

/// <summary>
/// Someone who speaks in a session. <see cref="AccountId"/>, when set, is the visitor id of the speaker's account:
/// that account may moderate the session's questions. <see cref="OrganisationName"/>, when known, is the organisation's
/// name in both languages (<see cref="Organisation"/> keeps it as first given, for clients that read one name).
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.AgendaSpeaker")]
public sealed record AgendaSpeaker(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Organisation,
    [property: Id(2)] LocalizedText? Role,
    [property: Id(3)] LocalizedText? Bio,
    [property: Id(4)] string? AccountId,
    [property: Id(5)] LocalizedText? OrganisationName = null);
