using Expo.Web.Hosting;
using Expo.Web.Hubs;
using Microsoft.Extensions.Options;

namespace Expo.Web.Tests;

/// <summary>The per-connection rules of the hub's delivery, without a cluster.</summary>
public sealed class HubDeliveryLogicTests
{
    [Fact]
    public void ChatBatchesAreOfferedOnlyWhenTheSettingAllowsThem()
    {
        var off = new HubFeatures(Options.Create(new ExpoHubOptions { ChatBatches = false }));
        Assert.Empty(off.Enable("c1", [HubFeatures.ChatBatches]));
        Assert.Equal(ExpoHub.BoothGroup("b"), off.BoothGroupOf("c1", "b"));

        var on = new HubFeatures(Options.Create(new ExpoHubOptions()));
        Assert.Equal([HubFeatures.ChatBatches], on.Enable("c1", ["unknown", HubFeatures.ChatBatches]));
        Assert.Equal(ExpoHub.BoothBatchGroup("b"), on.BoothGroupOf("c1", "b"));
        Assert.Equal(ExpoHub.BoothGroup("b"), on.BoothGroupOf("c2", "b"));
        on.Forget("c1");
        Assert.Equal(ExpoHub.BoothGroup("b"), on.BoothGroupOf("c1", "b"));
    }

    [Fact]
    public async Task AChatLineStartsOnceTheLineBeforeIsForwardedAndOtherCallsWaitForEverythingBefore()
    {
        var turns = new InvocationTurns();
        var first = turns.Next(pipelined: true, "a");
        var second = turns.Next(pipelined: true, "b");
        var enter = turns.Next(pipelined: false);
        var third = turns.Next(pipelined: true, "c");

        Assert.True(first.Previous.IsCompleted);
        Assert.False(second.Previous.IsCompleted);
        Assert.Equal((null, "a", null, null), (first.After, second.After, enter.After, third.After));
        first.Forwarded();
        await second.Previous.WaitAsync(TimeSpan.FromSeconds(10));

        second.Complete();
        Assert.False(enter.Previous.IsCompleted);
        first.Complete();
        await enter.Previous.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(third.Previous.IsCompleted);
        enter.Complete();
        await third.Previous.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
