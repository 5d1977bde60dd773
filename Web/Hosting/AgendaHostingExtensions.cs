using Expo.Web.Agenda;
using Expo.Web.Endpoints;
using Expo.Web.Services;

namespace Expo.Web.Hosting;

public static class AgendaHostingExtensions
{
    /// <summary>The agenda on a Web node: its session Q&amp;A feeds, renewed in the background, and the question rate limits.</summary>
    public static IServiceCollection AddExpoAgenda(this IServiceCollection services)
    {
        services.AddOptions<AgendaOptions>().BindConfiguration(AgendaOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Agenda settings are not valid.").ValidateOnStart();
        services.AddSingleton<QuestionRateLimits>();
        services.AddSingleton<AgendaFeeds>();
        services.AddSingleton<IRenewedSubscriptions>(sp => sp.GetRequiredService<AgendaFeeds>());
        return services;
    }

    public static IEndpointRouteBuilder MapExpoAgenda(this IEndpointRouteBuilder app) => app.MapAgendaEndpoints().MapPlanEndpoints();
}
