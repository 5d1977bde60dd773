namespace Expo.Web.Hosting;

/// <summary>This Web process's identity in booth subscriptions: new on every start, so a restarted node never inherits a dead one's.</summary>
public sealed class WebNode
{
    public string Id { get; } = $"web-{Environment.ProcessId}-{Guid.NewGuid():N}";
}
