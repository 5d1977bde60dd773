using Expo.Grains.Presence;

namespace Expo.Grains.Tests.Logic;

public sealed class BoothQueueTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Start = new(2023, 11, 17, 9, 0, 0, TimeSpan.Zero);
    private static readonly VisitorRef Ada = new("v-ada", "Ada");
    private static readonly VisitorRef Bo = new("v-bo", "Bo");
    private static readonly VisitorRef Cy = new("v-cy", "Cy");

    [Fact]
    public void PlacesAreTakenFirstComeFirstInWithEveryConnectionOfTheVisitor()
    {
        var queue = new BoothQueue(Lease);
        Assert.Equal(1, queue.Join("node-a", "a1", Ada, Start));
        Assert.Equal(2, queue.Join("node-b", "b1", Bo, Start));
        Assert.Equal(1, queue.Join("node-b", "a2", Ada, Start));
        Assert.Equal(3, queue.Join("node-a", "c1", Cy, Start));

        var first = queue.TakeFirst();

        Assert.Equal(Ada, first!.Value.Visitor);
        Assert.Equal(new Dictionary<string, string> { ["a1"] = "node-a", ["a2"] = "node-b" }, first.Value.NodeOf);
        Assert.Equal([("b1", "node-b", 1), ("c1", "node-a", 2)], queue.Places());
        Assert.False(queue.Contains("a1"));
    }

    [Fact]
    public void APlaceGoesWithTheLastConnectionWhoseLeaseRanOut()
    {
        var queue = new BoothQueue(Lease);
        queue.Join("node", "a1", Ada, Start);
        queue.Join("node", "b1", Bo, Start + TimeSpan.FromSeconds(10));

        // Ada's first connection drops; she is back on a new one before its lease runs out.
        queue.Join("node", "a2", Ada, Start + TimeSpan.FromSeconds(20));

        Assert.Equal(1, queue.Expire(Start + Lease));
        Assert.Equal([("a2", "node", 1), ("b1", "node", 2)], queue.Places());

        Assert.Equal(1, queue.Expire(Start + Lease + TimeSpan.FromSeconds(10)));
        Assert.Equal([("a2", "node", 1)], queue.Places());

        queue.Changed = false;
        Assert.Equal(1, queue.Expire(Start + Lease + TimeSpan.FromSeconds(20)));
        Assert.Equal(0, queue.Count);
        Assert.True(queue.Changed);
        Assert.Null(queue.TakeFirst());
    }
}
