using Expo.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>A token bucket per connection, so one client cannot flood a booth for everyone else.</summary>
public sealed class ChatRateLimits(IOptions<ExpoOptions> options, TimeProvider time)
{
    public void Acquire(HubCallerContext context) =>
        ConnectionBuckets.Take(
            context,
            "expo.chat-bucket",
            () => new TokenBucket(options.Value.ChatMessagesPerSecond, options.Value.ChatBurst, time),
            "You are sending messages too fast; wait a moment.");
}
