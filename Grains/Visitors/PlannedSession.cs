namespace Expo.Grains.Visitors;

/// <summary>A session in a visitor's plan.</summary>
[GenerateSerializer, Immutable, Alias("expo.PlannedSession")]
public sealed record PlannedSession([property: Id(0)] string ExpoId, [property: Id(1)] string SessionId)
{
    public string Key => $"{ExpoId}/{SessionId}";
}
