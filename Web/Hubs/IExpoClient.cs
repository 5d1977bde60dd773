using Expo.Grains.Models;

namespace Expo.Web.Hubs;

/// <summary>Server events of the public protocol; the names are the wire names.</summary>
public interface IExpoClient
{
    Task ChatMessage(ChatMessage message);

    Task PresenceChanged(PresenceChanged change);

    /// <summary>The booth's staff changed its profile; the argument is the whole new profile.</summary>
    Task BoothProfileChanged(BoothProfile booth);

    /// <summary>A member of the booth's staff invites this visitor, who is in the booth, to chat.</summary>
    Task ChatInvitation(ChatInvitation invitation);
}
