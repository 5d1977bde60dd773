namespace Expo.Grains.Tests.Logic;

/// <summary>The one subscriber list every grain that pushes to Web nodes keeps.</summary>
public sealed class NodeSubscribersTests
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset At = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ANodeThatStopsRenewingIsNoLongerSentToAndIsForgotten()
    {
        var (gone, renewing) = (new Node("gone"), new Node("renewing"));
        var subscribers = new NodeSubscribers<ISessionRevocationObserver>(Expiry);
        subscribers.Subscribe("gone", gone, At);
        subscribers.Subscribe("renewing", renewing, At);
        subscribers.Subscribe("renewing", renewing, At + TimeSpan.FromSeconds(20));

        var sent = new List<ISessionRevocationObserver>();
        var sends = subscribers.Notify(Record(sent), At + Expiry);

        Assert.Equal(1, sends);
        Assert.Equal([renewing], sent);
        Assert.Equal(1, subscribers.Count);
    }

    [Fact]
    public void ANodeIsSentToOnceHoweverOftenItRenews()
    {
        var node = new Node("a");
        var subscribers = new NodeSubscribers<ISessionRevocationObserver>(Expiry);
        subscribers.Subscribe("a", node, At);
        subscribers.Subscribe("a", node, At + TimeSpan.FromSeconds(10));

        var sent = new List<ISessionRevocationObserver>();
        subscribers.Notify(Record(sent), At + TimeSpan.FromSeconds(11));

        Assert.Equal([node], sent);
    }

    [Fact]
    public void NotifyingOneNodeReachesOnlyThatNodeWhileItsSubscriptionIsLive()
    {
        var (a, b) = (new Node("a"), new Node("b"));
        var subscribers = new NodeSubscribers<ISessionRevocationObserver>(Expiry);
        subscribers.Subscribe("a", a, At);
        subscribers.Subscribe("b", b, At);
        var sent = new List<ISessionRevocationObserver>();

        Assert.True(subscribers.NotifyNode("b", Record(sent), At + TimeSpan.FromSeconds(1)));
        Assert.False(subscribers.NotifyNode("c", Record(sent), At + TimeSpan.FromSeconds(1)));
        Assert.False(subscribers.NotifyNode("a", Record(sent), At + Expiry));
        subscribers.Unsubscribe("b");
        Assert.False(subscribers.NotifyNode("b", Record(sent), At + TimeSpan.FromSeconds(2)));
        Assert.Equal([b], sent);
    }

    private static Func<ISessionRevocationObserver, Task> Record(List<ISessionRevocationObserver> sent) => o =>
    {
        sent.Add(o);
        return Task.CompletedTask;
    };

    private sealed record Node(string Id) : ISessionRevocationObserver
    {
        public Task OnSessionsRevokedAsync(SessionStanding standing) => Task.CompletedTask;
    }
}
