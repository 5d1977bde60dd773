namespace Expo.Grains.Sessions;

[GenerateSerializer, Alias("expo.VisitorSessionsState")]
public sealed class VisitorSessionsState
{
    /// <summary>Sessions issued under an older epoch no longer count.</summary>
    [Id(0)]
    public long Epoch { get; set; }

    /// <summary>Signed-out session ids and when each would have expired, after which it need not be listed.</summary>
    [Id(1)]
    public Dictionary<string, DateTimeOffset> Ended { get; set; } = [];
}
