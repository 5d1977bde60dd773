using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace Expo.Web.Hosting;

/// <summary>
/// What a Web node on the open internet needs in front of everything else: the client's address and scheme from
/// a trusted proxy, HSTS outside Development (Development stays plain http), and <c>/metrics</c> only for the
/// networks allowed to scrape it.
/// </summary>
public static class TransportSecurity
{
    private static readonly string[] Loopback = ["127.0.0.0/8", "::1/128"];

    public static IServiceCollection AddExpoTransportSecurity(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Proxy settings are not valid: addresses and CIDR networks.").ValidateOnStart();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Metrics:AllowedNetworks holds networks in CIDR form.").ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the framework's default trusts loopback, which a proxy on the same host is not always.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(180));
        return services;
    }

    public static WebApplication UseExpoTransportSecurity(this WebApplication app)
    {
        // With no proxy configured the headers are ignored: an empty trust list would make the middleware believe anyone.
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var allowed = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.AllowedNetworks;
        if (allowed.Length > 0 || !app.Environment.IsDevelopment())
        {
            var networks = (allowed.Length > 0 ? allowed : Loopback).Select(n => IPNetwork.Parse(n)).ToArray();
            app.Use((context, next) =>
                context.Request.Path.StartsWithSegments("/metrics") && !IsFrom(context, networks)
                    ? Results.NotFound().ExecuteAsync(context)
                    : next(context));
        }

        return app;
    }

    private static bool IsFrom(HttpContext context, IPNetwork[] networks) =>
        context.Connection.RemoteIpAddress is { } address
        && networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
