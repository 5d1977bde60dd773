using System.Text.Json;

namespace Expo.Grains;

/// <summary>
/// Compares catalogue records by what they hold. Record equality is not enough: their lists compare by
/// reference, so a re-seed with an identical catalogue would look like a change and rewrite storage.
/// </summary>
internal static class SameContent
{
    public static bool Equal<T>(T? stored, T candidate) where T : class =>
        stored is not null && JsonSerializer.Serialize(stored) == JsonSerializer.Serialize(candidate);
}
