using Expo.Web.Auth;

namespace Expo.Web.Moderation;

/// <summary>The hub connections this node holds, by visitor, so a ban can close every one of a person's connections here.</summary>
public sealed class VisitorConnections(SessionConnections connections)
{
    /// <summary>Closes every connection of the visitor on this node; returns how many.</summary>
    public int Close(string visitorId) => connections.CloseAll(visitorId);
}
