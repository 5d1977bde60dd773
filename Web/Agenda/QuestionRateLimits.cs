using Expo.Web.Auth;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Agenda;

/// <summary>A question bucket per visitor, apart from chat: asking must not eat the chat allowance.</summary>
public sealed class QuestionRateLimits(IOptions<AgendaOptions> options, UserBuckets buckets)
{
    public void Acquire(HubCallerContext context) =>
        buckets.Take(
            "question",
            context.User.ToVisitor().VisitorId,
            options.Value.QuestionsPerMinute / 60,
            options.Value.QuestionBurst,
            "You are asking questions too fast.");
}
