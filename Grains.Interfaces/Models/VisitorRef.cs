namespace Expo.Grains.Models;

/// <summary>Who a visitor is, as other people in a booth see them.</summary>
[GenerateSerializer, Immutable, Alias("expo.VisitorRef")]
public sealed record VisitorRef(
    [property: Id(0)] string VisitorId,
    [property: Id(1)] string DisplayName);
