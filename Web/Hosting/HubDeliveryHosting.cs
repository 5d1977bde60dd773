using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Hosting;

/// <summary>The hub's delivery settings (<c>Expo:Hub</c>): chat batches, pipelined chat sends and the booths' chat outbox.</summary>
public static class HubDeliveryHosting
{
    public static IServiceCollection AddExpoHubDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExpoHubOptions>().BindConfiguration(ExpoHubOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Hub settings are not valid.").ValidateOnStart();
        services.AddSingleton<HubFeatures>();
        services.AddSingleton(sp => new BoothChatOutbox(sp.GetRequiredService<IClusterClient>()));

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
