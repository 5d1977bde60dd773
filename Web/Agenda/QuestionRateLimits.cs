using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>A token bucket per connection for questions, apart from chat: asking must not eat the chat allowance.</summary>
public sealed class QuestionRateLimits(IOptions<AgendaOptions> options, TimeProvider time)
{
    public void Acquire(HubCallerContext context) =>
        ConnectionBuckets.Take(
            context,
            "expo.question-bucket",
            () => new TokenBucket(options.Value.QuestionsPerMinute / 60, options.Value.QuestionBurst, time),
            "You are asking questions too fast; wait a moment.");
}
