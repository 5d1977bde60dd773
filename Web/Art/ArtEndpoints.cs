using Expo.Grains;

namespace Expo.Web.Art;

/// <summary>The sample artwork of the demo catalogue, drawn on request from its key; the same key always gives the same picture.</summary>
public static class ArtEndpoints
{
    public static IEndpointRouteBuilder MapArtEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/art/{key}.svg", Draw).WithTags("Booth catalogue")
            .WithName("GetSampleArtwork").WithSummary("A sample picture of the demo catalogue, drawn as SVG from its key.");
        return app;
    }

    private static IResult Draw(string key, HttpContext http)
    {
        if (!ExpoRules.IsSlug(key) || !SilkRoadArt.IsKey(key))
        {
            throw ExpoException.Invalid("An artwork key is a motif (waves, dunes, lattice or rosette), a hyphen and a name: "
                + "1 to 64 lower-case letters, digits and hyphens in all.");
        }

        // Drawn from the key alone, so caches may keep it; the policy forbids scripts should the file be opened on its own.
        http.Response.Headers.CacheControl = "public, max-age=86400";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return Results.Text(SilkRoadArt.Draw(key), "image/svg+xml");
    }
}
