using Expo.Web.Hubs;
using Expo.Web.Limits;
using Microsoft.AspNetCore.Http;

namespace Expo.Web.Tests.Limits;

/// <summary>The hub's per-visitor buckets and the HTTP limiter's choice of limit, without a cluster.</summary>
public sealed class UserBucketTests
{
    [Fact]
    public void BucketsOfVisitorsWhoWentQuietAreDropped()
    {
        var time = new ManualTime();
        var buckets = new UserBuckets(time);
        for (var i = 0; i < 1000; i++)
        {
            buckets.Take("chat", $"visitor-{i}", 1, 2, "Too fast.");
        }

        buckets.Take("chat", "flooder", 1, 2, "Too fast.");
        buckets.Take("chat", "flooder", 1, 2, "Too fast.");
        Assert.Throws<Expo.Grains.ExpoException>(() => buckets.Take("chat", "flooder", 1, 2, "Too fast."));

        time.Advance(UserBuckets.SweepInterval);
        buckets.Take("chat", "newcomer", 1, 2, "Too fast.");
        Assert.Equal(1, buckets.Count);
    }

    [Theory]
    [InlineData("POST", "/api/auth/guest", RequestKinds.Sessions)]
    [InlineData("POST", "/api/auth/sign-in", RequestKinds.Sessions)]
    [InlineData("POST", "/api/auth/register", RequestKinds.Sessions)]
    [InlineData("POST", "/API/Auth/Guest/", RequestKinds.Sessions)]
    [InlineData("POST", "/api/Booths/some-booth/Media/", RequestKinds.Uploads)]
    [InlineData("POST", "/api/booths/some-booth/media", RequestKinds.Uploads)]
    [InlineData("DELETE", "/api/booths/some-booth/media/m1", RequestKinds.Writes)]
    [InlineData("PATCH", "/api/anything", RequestKinds.Writes)]
    [InlineData("GET", "/api/expo", null)]
    [InlineData("POST", "/hubs/expo/negotiate", null)]
    public void EveryStateChangingApiRequestCountsAgainstALimit(string method, string path, string? kind)
    {
        var http = new DefaultHttpContext();
        (http.Request.Method, http.Request.Path) = (method, path);
        Assert.Equal(kind, RequestKinds.Of(http.Request));
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
