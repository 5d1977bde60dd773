namespace Expo.Web.Limits;

/// <summary>Which limit a request counts against, read from its method and path alone, so no endpoint declares it.</summary>
public static class RequestKinds
{
    public const string Sessions = "sessions";
    public const string Uploads = "uploads";
    public const string Writes = "writes";

    private static readonly PathString[] SessionStarts = ["/api/auth/guest", "/api/auth/register", "/api/auth/sign-in"];

    /// <summary>The kind of a state-changing API request, or null for reads and everything outside <c>/api</c>.</summary>
    public static string? Of(HttpRequest request)
    {
        var method = request.Method;
        if (!request.Path.StartsWithSegments("/api")
            || !(HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method)))
        {
            return null;
        }

        // Matched as routing matches: any case, with or without a trailing slash, so no spelling escapes its limit.
        var path = new PathString(request.Path.Value!.TrimEnd('/'));
        if (SessionStarts.Any(s => path.Equals(s, StringComparison.OrdinalIgnoreCase)))
        {
            return Sessions;
        }

        return HttpMethods.IsPost(method) && IsMediaUpload(path) ? Uploads : Writes;
    }

    // POST /api/booths/{boothId}/media
    private static bool IsMediaUpload(PathString path)
    {
        var segments = path.Value!.Trim('/').Split('/');
        return segments.Length == 4
            && segments[1].Equals("booths", StringComparison.OrdinalIgnoreCase)
            && segments[3].Equals("media", StringComparison.OrdinalIgnoreCase);
    }
}
