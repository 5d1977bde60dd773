using Microsoft.Extensions.DependencyInjection;

namespace Expo.Grains;

public static class PresenceOptionsExtensions
{
    /// <summary>Binds <see cref="PresenceOptions"/> from <c>Expo:Presence</c> and refuses to start with values that cannot work.</summary>
    public static IServiceCollection AddPresenceOptions(this IServiceCollection services)
    {
        services.AddOptions<PresenceOptions>()
            .BindConfiguration(PresenceOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Presence settings are not valid.")
            .ValidateOnStart();
        return services;
    }
}
