using Expo.Web.Auth;
using Expo.Web.Moderation;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>Every connection is known by its visitor on this node, so an expo-wide ban can close it from any node.</summary>
public sealed partial class ExpoHub
{
    private void RegisterConnection()
    {
        var connections = Context.GetHttpContext()!.RequestServices.GetRequiredService<VisitorConnections>();

        // Kept for the disconnect, when the connection's request may be gone.
        Context.Items[typeof(VisitorConnections)] = connections;
        connections.Add(Context.User.ToVisitor().VisitorId, Context);
    }

    private void UnregisterConnection()
    {
        if (Context.Items.TryGetValue(typeof(VisitorConnections), out var kept) && kept is VisitorConnections connections)
        {
            connections.Remove(Context.User.ToVisitor().VisitorId, Context.ConnectionId);
        }
    }
}
