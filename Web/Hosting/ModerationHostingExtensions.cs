using Expo.Web.Moderation;
using Expo.Web.Services;

namespace Expo.Web.Hosting;

public static class ModerationHostingExtensions
{
    /// <summary>Moderation on a Web node: the connections it holds by visitor, and its subscription to expo-wide bans.</summary>
    public static IServiceCollection AddExpoModerationFeed(this IServiceCollection services)
    {
        services.AddSingleton<VisitorConnections>();
        services.AddSingleton<ModerationFeed>();
        services.AddSingleton<IRenewedSubscriptions>(sp => sp.GetRequiredService<ModerationFeed>());
        return services;
    }
}
