using Expo.Web.Auth;
using Expo.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hubs;

/// <summary>A chat bucket per visitor, so one person cannot flood a booth for everyone else, however many connections they open.</summary>
public sealed class ChatRateLimits(IOptions<ExpoOptions> options, UserBuckets buckets)
{
    public void Acquire(HubCallerContext context) =>
        buckets.Take(
            "chat",
            context.User.ToVisitor().VisitorId,
            options.Value.ChatMessagesPerSecond,
            options.Value.ChatBurst,
            "You are sending messages too fast.");
}
