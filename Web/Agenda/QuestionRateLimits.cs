using Expo.Grains;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>A token bucket per connection for questions, apart from chat: asking must not eat the chat allowance.</summary>
public sealed class QuestionRateLimits(IOptions<AgendaOptions> options, TimeProvider time)
{
    private const string Key = "expo.question-bucket";

    public void Acquire(HubCallerContext context)
    {
        if (!context.Items.TryGetValue(Key, out var existing) || existing is not TokenBucket bucket)
        {
            bucket = new TokenBucket(options.Value.QuestionsPerMinute / 60, options.Value.QuestionBurst, time);
            context.Items[Key] = bucket;
        }

        if (!bucket.TryTake())
        {
            throw new ExpoException(ExpoErrors.RateLimited, "You are asking questions too fast; wait a moment.");
        }
    }
}
