namespace Expo.Grains.Models;

/// <summary>One visitor's interest in one booth, with every interaction they had with it and the staff's rating and notes.</summary>
[GenerateSerializer, Immutable, Alias("expo.Lead")]
public sealed record Lead(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] BusinessCard? Card,
    [property: Id(3)] int? Rating,
    [property: Id(4)] string Note,
    [property: Id(5)] DateTimeOffset FirstAt,
    [property: Id(6)] DateTimeOffset LastAt,
    [property: Id(7)] IReadOnlyList<LeadInteraction> Interactions,
    [property: Id(8)] string? Email);
