using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>One exhibitor's booth: its profile, who is in it now (by lease), and its chat, in sequence order.</summary>
[Alias("expo.IBoothGrain")]
public interface IBoothGrain : IGrainWithStringKey
{
    [Alias("seed")]
    Task SeedAsync(string expoId, BoothProfile profile);

    [Alias("profile")]
    Task<BoothProfile?> GetProfileAsync();

    [Alias("count")]
    Task<int> GetCountAsync();

    /// <summary>Adds or renews the Web node's subscription; events reach it once each, whatever its connection count.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(string webNodeId, IBoothObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(string webNodeId);

    [Alias("enter")]
    Task<BoothSnapshot> EnterAsync(string connectionId, VisitorRef visitor);

    [Alias("leave")]
    Task LeaveAsync(string connectionId);

    /// <summary>Renews the leases of a Web node's connections (re-adding any the booth lost) and its subscription.</summary>
    [Alias("renew")]
    Task RenewAsync(string webNodeId, IBoothObserver observer, IReadOnlyList<BoothConnection> connections);

    /// <summary>Stores the line, then returns it; lines sent while a write is in flight share the next write.</summary>
    [AlwaysInterleave, Alias("send-chat")]
    Task<ChatMessage> SendChatAsync(VisitorRef sender, string clientMessageId, string text);

    [AlwaysInterleave, Alias("chat-since")]
    Task<IReadOnlyList<ChatMessage>> ChatSinceAsync(long afterSequence);

    [Alias("stats")]
    Task<BoothStats> GetStatsAsync();
}
