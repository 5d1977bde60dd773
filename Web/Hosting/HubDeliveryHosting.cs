using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Expo.Web.Hosting;

/// <summary>
/// The hub's delivery settings (<c>Expo:Hub</c>): chat batches, pipelined chat sends, the booths' chat outbox and the guard
/// against connections that stop reading.
/// </summary>
public static class HubDeliveryHosting
{
    public static IServiceCollection AddExpoHubDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExpoHubOptions>().BindConfiguration(ExpoHubOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Hub settings are not valid.").ValidateOnStart();
        services.AddSingleton<HubFeatures>();
        services.AddSingleton(sp => new BoothChatOutbox(sp.GetRequiredService<IClusterClient>()));

        services.AddSingleton<HubLifetimeManager<ExpoHub>>(sp => sp.GetRequiredService<IOptions<ExpoHubOptions>>().Value.SlowReaderGuard
            ? ActivatorUtilities.CreateInstance<GuardedHubLifetimeManager<ExpoHub>>(sp)
            : ActivatorUtilities.CreateInstance<DefaultHubLifetimeManager<ExpoHub>>(sp));

        // Read here rather than through options: SignalR fixes its dispatcher's limit when the hub is first used.
        var parallel = configuration.GetSection(ExpoHubOptions.Section).Get<ExpoHubOptions>()?.ParallelInvocations ?? new ExpoHubOptions().ParallelInvocations;
        if (parallel > 1)
        {
            services.AddSingleton<InvocationOrderFilter>();
            services.Configure<HubOptions>(o =>
            {
                o.MaximumParallelInvocationsPerClient = parallel;
                o.AddFilter<InvocationOrderFilter>();
            });
        }

        return services;
    }
}
