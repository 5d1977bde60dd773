using Expo.Grains.Presence;

namespace Expo.Grains.Tests.Logic;

public sealed class BoothPresenceTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Start = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);
    private static readonly VisitorRef Ada = new("v-ada", "Ada");
    private static readonly VisitorRef Bo = new("v-bo", "Bo");

    [Fact]
    public void AJoinAndLeaveInsideOneWindowCancelOut()
    {
        var presence = new BoothPresence(Lease, firstVersion: 0);

        Assert.True(presence.Enter("c1", Ada, Start));
        Assert.True(presence.Leave("c1"));

        Assert.False(presence.HasChanges);
        var change = presence.TakeChanges("booth");
        Assert.Empty(change.Joined);
        Assert.Empty(change.Left);
        Assert.Equal(0, change.Count);
    }

    [Fact]
    public void ALeaveAndRejoinInsideOneWindowCancelOut()
    {
        var presence = new BoothPresence(Lease, firstVersion: 0);
        presence.Enter("c1", Ada, Start);
        presence.TakeChanges("booth");

        presence.Leave("c1");
        presence.Enter("c2", Ada, Start);

        Assert.False(presence.HasChanges);
        Assert.Equal(1, presence.Count);
    }

    [Fact]
    public void ALeaseExpiresExactlyAtItsBoundaryAndNotATickBefore()
    {
        var presence = new BoothPresence(Lease, firstVersion: 0);
        presence.Enter("c1", Ada, Start);
        presence.TakeChanges("booth");

        Assert.Equal(0, presence.Expire(Start + Lease - TimeSpan.FromTicks(1)));
        Assert.Equal(1, presence.Count);

        Assert.Equal(1, presence.Expire(Start + Lease));
        Assert.Equal(0, presence.Count);
        Assert.Equal([Ada], presence.TakeChanges("booth").Left);
    }

    [Fact]
    public void RenewingMovesTheBoundaryAndIsNotAChange()
    {
        var presence = new BoothPresence(Lease, firstVersion: 0);
        presence.Enter("c1", Ada, Start);
        presence.TakeChanges("booth");

        Assert.False(presence.Enter("c1", Ada, Start + TimeSpan.FromSeconds(20)));

        Assert.False(presence.HasChanges);
        Assert.Equal(0, presence.Expire(Start + Lease));
        Assert.Equal(1, presence.Expire(Start + TimeSpan.FromSeconds(20) + Lease));
    }

    [Fact]
    public void TwoConnectionsPerVisitorCountAsOneVisitorEach()
    {
        var presence = new BoothPresence(Lease, firstVersion: 0);
        presence.Enter("ada-1", Ada, Start);
        presence.Enter("ada-2", Ada, Start);
        presence.Enter("bo-1", Bo, Start);
        presence.Enter("bo-2", Bo, Start);

        Assert.Equal(2, presence.Count);
        Assert.Equal(4, presence.Connections);
        Assert.Equal(["v-ada", "v-bo"], presence.TakeChanges("booth").Joined.Select(v => v.VisitorId).Order());

        presence.Leave("ada-1");
        presence.Leave("bo-2");
        Assert.Equal(2, presence.Count);
        Assert.False(presence.HasChanges);

        presence.Leave("ada-2");
        Assert.Equal(1, presence.Count);
        Assert.Equal([Ada], presence.TakeChanges("booth").Left);
    }

    [Fact]
    public void AConnectionIdReusedByAnotherVisitorMovesTheConnectionToThem()
    {
        var presence = new BoothPresence(Lease, firstVersion: 0);
        presence.Enter("c1", Ada, Start);
        presence.TakeChanges("booth");

        Assert.True(presence.Enter("c1", Bo, Start));

        Assert.Equal([Bo], presence.Visitors);
        var change = presence.TakeChanges("booth");
        Assert.Equal([Bo], change.Joined);
        Assert.Equal([Ada], change.Left);
    }
}
