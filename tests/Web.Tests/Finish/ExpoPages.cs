namespace Expo.Web.Tests.Finish;

/// <summary>Who looks at a page: nobody signed in, a guest inside a booth, the booth's exhibitor, or an organiser.</summary>
public enum Viewer
{
    Anonymous,
    Guest,
    Exhibitor,
    Organiser,
}

/// <summary>One page of the front end as a person reaches it; <see cref="Ready"/> is shown once its data has arrived.</summary>
public sealed record ExpoPage(string Name, string Hash, Viewer Viewer, string Ready, bool Phone = false);

/// <summary>
/// Every page of the expo, for the accessibility, language and phone-layout tours: a new page is one line here.
/// <c>{booth}</c> stands for <see cref="ExpoPages.Booth"/>, the booth the tour's guest and exhibitor use.
/// </summary>
public static class ExpoPages
{
    public const string Booth = "dunhuang-culture-tourism";

    public static readonly IReadOnlyList<ExpoPage> All =
    [
        new("home", "#/", Viewer.Anonymous, "main h1", Phone: true),
        new("directory", "#/directory", Viewer.Anonymous, "main h1", Phone: true),
        new("sign-in", "#/sign-in", Viewer.Anonymous, "#sign-in-email", Phone: true),
        new("agenda", "#/agenda", Viewer.Anonymous, "main h1", Phone: true),
        new("signing-wall", "#/signing-wall", Viewer.Anonymous, "main h1", Phone: true),
        new("booth-as-guest", "#/booth/{booth}", Viewer.Guest, "#connection-state[data-state='connected']", Phone: true),
        new("negotiations", "#/negotiations", Viewer.Exhibitor, "main h1"),
        new("my-booths", "#/my-booths", Viewer.Exhibitor, "main h1"),
        new("booth-editor", "#/my-booths/{booth}", Viewer.Exhibitor, "#profile-form", Phone: true),
        new("organiser-console", "#/organiser", Viewer.Organiser, "#announce-en", Phone: true),
        new("attendance", "#/organiser/attendance", Viewer.Organiser, "main h1", Phone: true),
        new("report", "#/organiser/report", Viewer.Organiser, "main h1", Phone: true),
        new("moderation", "#/organiser/moderation", Viewer.Organiser, "main h1"),
        new("pavilion", "#/pavilion/dunhuang", Viewer.Anonymous, "main h1", Phone: true),
        new("passport", "#/passport", Viewer.Guest, "main h1", Phone: true),
        new("for-you", "#/for-you", Viewer.Guest, "main h1"),
        new("account-security", "#/account", Viewer.Exhibitor, "#password-form", Phone: true),
    ];

    public static string HashOf(ExpoPage page) => page.Hash.Replace("{booth}", Booth, StringComparison.Ordinal);
}
