using Expo.Grains;
using Expo.Web.Art;
using Expo.Web.Auth;
using Expo.Web.Endpoints;
using Expo.Web.Hubs;
using Expo.Web.Interests;
using Expo.Web.Limits;
using Expo.Web.Live;
using Expo.Web.Media;
using Expo.Web.Passport;
using Expo.Web.Meetings;
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
            client.AddOutgoingGrainCallFilter<GrainCallTiming>();
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
        services.AddExpoProblems();
        services.AddOpenApi();
        services.AddSignalR(o => o.AddFilter<ExpoHubFilter>());
        services.AddSingleton<ExpoHubFilter>();
        services.AddHostedService<HubDrain>();
        services.AddExpoHubDelivery(builder.Configuration);
        services.AddSingleton<UserBuckets>();
        services.AddSingleton<ChatRateLimits>();
        services.AddExpoRateLimits();
        services.AddExpoTransportSecurity();
        services.AddSingleton<ExpoCatalog>();
        services.AddSingleton<BoothSubscriptions>();
        services.AddSingleton<IRenewedSubscriptions>(sp => sp.GetRequiredService<BoothSubscriptions>());
        services.AddHostedService<SubscriptionRenewal>();
        services.AddSingleton<AnnouncementFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<AnnouncementFeed>());
        services.AddExpoNegotiations();
        services.AddExpoMedia();
        services.AddSingleton<StaffOnlineBooths>();
        services.AddSingleton<ChatLineEffects>();
        services.AddSingleton<OnlineVisitors>();
        services.AddHostedService(sp => sp.GetRequiredService<OnlineVisitors>());
        services.AddExpoAgenda();
        services.AddExpoModerationFeed();
        services.AddExpoLiveFeed();
        builder.AddExpoWebTelemetry();

        // SignalR's dispatcher logs every exception a hub method throws at Error with a stack trace, refusals included,
        // so any client could flood the log. ExpoHubFilter logs each refusal (below Warning, with its code) and each
        // real failure (at Error) itself.
        builder.Logging.AddFilter(ExpoHubFilter.DispatcherCategory, LogLevel.None);
        return builder;
    }

    public static WebApplication MapExpoWeb(this WebApplication app)
    {
        app.UseExpoTransportSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseSessionRevocation();
        app.UseHubOriginCheck();
        app.UseAuthorization();
        app.UseExpoRateLimits();
        app.UseCsrfProtection();
        app.UseHubRequestTrimming();
        app.MapOpenApi();
        app.MapHub<ExpoHub>("/hubs/expo");
        // One route group for the whole API carries the problems every endpoint may answer (OpenAPI metadata);
        // ExpoExceptionHandler answers them. New endpoints are mapped on it and declare nothing of their own.
        var api = app.MapGroup("").WithRoleProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapExpoEndpoints();
        api.MapAuthEndpoints();
        api.MapAccountEndpoints();
        api.MapSessionSecurityEndpoints();
        api.MapOrganiserRoleEndpoints();
        api.MapInvitationEndpoints();
        api.MapBoothStaffEndpoints();
        api.MapPendingInvitationEndpoints();
        api.MapOrganiserEndpoints();
        api.MapAnnouncementEndpoints();
        api.MapReportEndpoints();
        api.MapExpoNegotiations();
        api.MapHealthEndpoints();
        api.MapCatalogueEndpoints();
        api.MapMediaEndpoints();
        api.MapLeadEndpoints();
        api.MapBoothPresenceEndpoints();
        api.MapDirectoryEndpoints();
        api.MapBoothCapacityEndpoints();
        api.MapExpoAgenda();
        api.MapModerationEndpoints();
        api.MapPassportEndpoints();
        api.MapMeetingEndpoints();
        api.MapInterestEndpoints();
        api.MapLiveFeed();
        api.MapSessionProbeEndpoints();
        api.MapArtEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
