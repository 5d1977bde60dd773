namespace Expo.Grains;

/// <summary>The bounds of a booth's cap, shared by the Web edge and the booth grain so both refuse the same values.</summary>
public static class CapacityRules
{
    public const int Min = 1;
    public const int Max = 10_000;

    /// <summary>The cap, or null to clear it; anything outside the bounds is <c>invalid_input</c>.</summary>
    public static int? Require(int? capacity) =>
        capacity is null or (>= Min and <= Max)
            ? capacity
            : throw ExpoException.Invalid($"A booth's cap is a whole number from {Min} to {Max}, or null for no cap.");
}
