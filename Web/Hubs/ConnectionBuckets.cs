using Expo.Grains;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hubs;

/// <summary>A connection's token bucket for one kind of call, kept with the connection and made on its first call.</summary>
public static class ConnectionBuckets
{
    /// <summary>Takes a token from the connection's bucket under <paramref name="key"/>, or refuses with <paramref name="refusal"/>.</summary>
    public static void Take(HubCallerContext context, string key, Func<TokenBucket> create, string refusal)
    {
        if (!context.Items.TryGetValue(key, out var existing) || existing is not TokenBucket bucket)
        {
            bucket = create();
            context.Items[key] = bucket;
        }

        if (!bucket.TryTake())
        {
            throw new ExpoException(ExpoErrors.RateLimited, refusal);
        }
    }
}
