using System.Text.Json;
using System.Text.Json.Serialization;
using Expo.Web.Endpoints;
using Expo.Web.Negotiations;
using Expo.Web.Services;

namespace Expo.Web.Hosting;

public static class NegotiationHostingExtensions
{
    /// <summary>Negotiations on a Web node: the node's feeds of negotiations, inboxes and the signing wall, renewed in the background.</summary>
    public static IServiceCollection AddExpoNegotiations(this IServiceCollection services)
    {
        // A negotiation's status reads "offered", not 3, in HTTP answers and hub messages alike.
        var statuses = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(statuses));
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(statuses));
        services.AddSingleton<NegotiationFeeds>();
        services.AddSingleton<IRenewedSubscriptions>(sp => sp.GetRequiredService<NegotiationFeeds>());
        return services;
    }

    public static IEndpointRouteBuilder MapExpoNegotiations(this IEndpointRouteBuilder app) =>
        app.MapNegotiationEndpoints().MapNegotiationReadEndpoints().MapSigningWallEndpoints();
}
