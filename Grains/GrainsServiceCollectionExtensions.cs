using Expo.Grains.Negotiations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Expo.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>Services the grains need: options, validated at start-up, and the clock.</summary>
    public static IServiceCollection AddExpoGrainServices(this IServiceCollection services)
    {
        services.AddPresenceOptions();
        services.AddOptions<ChatOptions>()
            .BindConfiguration(ChatOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Chat settings are not valid.")
            .ValidateOnStart();
        services.AddOptions<AccountOptions>()
            .BindConfiguration(AccountOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Accounts settings are not valid.")
            .ValidateOnStart();
        services.AddOptions<NegotiationOptions>()
            .BindConfiguration(NegotiationOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Negotiations settings are not valid.")
            .ValidateOnStart();
        services.AddOptions<AttendanceOptions>()
            .BindConfiguration(AttendanceOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Attendance settings are not valid.")
            .ValidateOnStart();
        services.AddOptions<AgendaReminderOptions>()
            .BindConfiguration(AgendaReminderOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Agenda settings are not valid.")
            .ValidateOnStart();
        services.AddOptions<ModerationOptions>()
            .BindConfiguration(ModerationOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Moderation settings are not valid.")
            .ValidateOnStart();
        services.AddOptions<PassportOptions>()
            .BindConfiguration(PassportOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Passport settings are not valid.")
            .ValidateOnStart();
        services.TryAddSingleton(ExpoClock.System);
        services.TryAddSingleton<Interests.BoothOffers>();
        services.TryAddSingleton<Passport.PassportStampPacing>();
        return services;
    }
}
