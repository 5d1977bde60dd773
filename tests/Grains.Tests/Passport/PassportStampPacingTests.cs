using Expo.Grains.Passport;

namespace Expo.Grains.Tests.Passport;

/// <summary>A crowd crossing the dwell threshold together sends its stamps a few at a time, and every one is sent.</summary>
public sealed class PassportStampPacingTests
{
    [Fact]
    public async Task NoMoreThanTheBoundAreInFlightAndEveryStampIsSentInTheEnd()
    {
        var pacing = new PassportStampPacing(concurrentStamps: 2);
        var inFlight = 0;
        var most = 0;
        var sent = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task SendAsync()
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await release.Task;
            Interlocked.Decrement(ref inFlight);
            Interlocked.Increment(ref sent);
        }

        var stamps = Enumerable.Range(0, 10).Select(_ => pacing.SendAsync(SendAsync)).ToList();
        Assert.Equal(2, Volatile.Read(ref inFlight));
        release.SetResult();
        await Task.WhenAll(stamps).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, most);
        Assert.Equal(10, sent);
    }

    [Fact]
    public async Task AFailedStampFreesItsTurnAndFailsOnlyItsOwnCall()
    {
        var pacing = new PassportStampPacing(concurrentStamps: 1);

        await Assert.ThrowsAsync<TimeoutException>(() => pacing.SendAsync(() => throw new TimeoutException()));
        var sent = false;
        await pacing.SendAsync(() => { sent = true; return Task.CompletedTask; }).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(sent);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
