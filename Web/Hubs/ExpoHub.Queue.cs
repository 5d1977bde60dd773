using Expo.Grains.Models;
using Expo.Web.Services;

namespace Expo.Web.Hubs;

/// <summary>Entering a booth that may be full: the booth answers with the snapshot, or with the connection's place in its queue.</summary>
public sealed partial class ExpoHub
{
    private Task<BoothSnapshot> EnterOrQueueAsync(string boothId, VisitorRef visitor) =>
        Booth(boothId).EnterOrQueueAsync(node.Id, Context.ConnectionId, visitor);

    /// <summary>
    /// A queued connection leaves the booth's group, so it hears nothing said inside. The booth may have let it in while
    /// its answer travelled: then the admission already moved it inside, and it gets the snapshot after all.
    /// </summary>
    private async Task<BoothSnapshot> StayQueuedAsync(string boothId, VisitorRef visitor, BoothSnapshot queued)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, MyBoothGroup(boothId));
        if (subscriptions.IsQueued(Context.ConnectionId, boothId))
        {
            return queued;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, MyBoothGroup(boothId));
        return await EnterOrQueueAsync(boothId, visitor);
    }
}
