namespace Expo.Web.Auth;

/// <summary>
/// What a hub connection keeps for its life; bound from <c>Expo:Connections</c>. Both default to the lean form: the
/// settings exist so one benchmark run can measure a node with and without them (<c>docs/scaling.md</c>).
/// </summary>
public sealed class HubConnectionOptions
{
    public const string Section = "Expo:Connections";

    /// <summary>
    /// A WebSocket's request lives as long as the connection: once it is authenticated and authorized, it keeps a
    /// compact principal only, not the ticket, its properties, the session token or the cookies.
    /// </summary>
    public bool TrimRequest { get; set; } = true;

    /// <summary>
    /// Plan reminders reach a visitor's connections through the node's connection registry, not a SignalR group per
    /// visitor (each group is a dictionary of its own).
    /// </summary>
    public bool RemindersWithoutGroups { get; set; } = true;
}
