using Expo.Grains;
using Expo.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>A token bucket per connection, so one client cannot flood a booth for everyone else.</summary>
public sealed class ChatRateLimits(IOptions<ExpoOptions> options, TimeProvider time)
{
    private const string Key = "expo.chat-bucket";

    public void Acquire(HubCallerContext context)
    {
        if (!context.Items.TryGetValue(Key, out var existing) || existing is not TokenBucket bucket)
        {
            bucket = new TokenBucket(options.Value.ChatMessagesPerSecond, options.Value.ChatBurst, time);
            context.Items[Key] = bucket;
        }

        if (!bucket.TryTake())
        {
            throw new ExpoException(ExpoErrors.RateLimited, "You are sending messages too fast; wait a moment.");
        }
    }
}
