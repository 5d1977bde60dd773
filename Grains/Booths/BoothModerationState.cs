namespace Expo.Grains.Booths;

/// <summary>
/// The booth's own record of removed chat lines, stored apart from the chat checkpoints and written before anyone
/// hears of a removal. Archive pages never change once written, so every read of the chat filters these out.
/// </summary>
[GenerateSerializer, Alias("expo.BoothModerationState")]
public sealed class BoothModerationState
{
    [Id(0)]
    public HashSet<long> Removed { get; set; } = [];
}
