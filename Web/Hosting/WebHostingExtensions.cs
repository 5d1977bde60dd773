using Expo.Grains;
using Expo.Web.Auth;
using Expo.Web.Endpoints;
using Expo.Web.Hubs;
using Expo.Web.Media;
using Expo.Web.Services;
using Expo.Web.Storage;
using Expo.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;
using Orleans.Configuration;

namespace Expo.Web.Hosting;

public static class WebHostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// A Web node: an Orleans client of the cluster named in the <c>Orleans</c> section, the hub, the APIs, the
    /// shared session keys and the node's telemetry.
    /// </summary>
    public static WebApplicationBuilder AddExpoWeb(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.UseOrleansClient(client =>
        {
            client.UseConnectionRetryFilter<ClusterConnectionRetry>();
            client.Services.Configure<GatewayOptions>(builder.Configuration.GetSection("Expo:Gateway"));
            client.Services.Configure<ClientMessagingOptions>(builder.Configuration.GetSection("Expo:Messaging"));
        });

        var services = builder.Services;
        services.AddOptions<ExpoOptions>().BindConfiguration(ExpoOptions.Section)
            .Validate(o => o.Validate() is null, "Expo settings are not valid.").ValidateOnStart();
        services.AddPresenceOptions();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WebNode>();
        services.AddExpoStorage();
        services.AddExpoAuthentication();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSignalR(o => o.AddFilter<ExpoHubFilter>());
        services.AddSingleton<ExpoHubFilter>();
        services.AddSingleton<ChatRateLimits>();
        services.AddSingleton<ExpoCatalog>();
        services.AddSingleton<BoothSubscriptions>();
        services.AddHostedService<SubscriptionRenewal>();
        services.AddSingleton<AnnouncementFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<AnnouncementFeed>());
        services.AddExpoNegotiations();
        services.AddExpoMedia();
        services.AddSingleton<StaffOnlineBooths>();
        services.AddSingleton<BoothChatCounts>();
        services.AddHostedService(sp => sp.GetRequiredService<BoothChatCounts>());
        services.AddSingleton<ChatLineEffects>();
        services.AddSingleton<OnlineVisitors>();
        services.AddHostedService(sp => sp.GetRequiredService<OnlineVisitors>());
        services.AddExpoAgenda();
        builder.AddExpoWebTelemetry();
        return builder;
    }

    public static WebApplication MapExpoWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseSessionRevocation();
        app.UseHubOriginCheck();
        app.UseAuthorization();
        app.UseCsrfProtection();
        app.MapOpenApi();
        app.MapHub<ExpoHub>("/hubs/expo");
        app.MapExpoEndpoints();
        app.MapAuthEndpoints();
        app.MapAccountEndpoints();
        app.MapSessionSecurityEndpoints();
        app.MapOrganiserRoleEndpoints();
        app.MapInvitationEndpoints();
        app.MapBoothStaffEndpoints();
        app.MapOrganiserEndpoints();
        app.MapAnnouncementEndpoints();
        app.MapReportEndpoints();
        app.MapExpoNegotiations();
        app.MapHealthEndpoints();
        app.MapCatalogueEndpoints();
        app.MapMediaEndpoints();
        app.MapLeadEndpoints();
        app.MapBoothPresenceEndpoints();
        app.MapDirectoryEndpoints();
        app.MapBoothCapacityEndpoints();
        app.MapExpoAgenda();
        app.MapModerationEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
