using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Expo.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>Services the grains need: options, validated at start-up, and the clock.</summary>
    public static IServiceCollection AddExpoGrainServices(this IServiceCollection services)
    {
        services.AddPresenceOptions();
        services.TryAddSingleton(ExpoClock.System);
        return services;
    }
}
