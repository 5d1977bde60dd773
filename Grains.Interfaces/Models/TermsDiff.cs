namespace Expo.Grains.Models;

/// <summary>How a version differs from the one before it (version 1 against nothing: every field added).</summary>
[GenerateSerializer, Immutable, Alias("expo.TermsDiff")]
public sealed record TermsDiff(
    [property: Id(0)] int Version,
    [property: Id(1)] int PreviousVersion,
    [property: Id(2)] IReadOnlyList<TermsChange> Changes);
