using System.Net;
using System.Net.Http.Json;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>The same person against Web node processes: the cookie jar is kept, so the session can be carried to another node.</summary>
public sealed partial class AccountClient
{
    public CookieContainer? Cookies { get; private init; }

    public static AccountClient OnNode(Uri node, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        return new(new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node }) { Cookies = cookies };
    }

    public static async Task<AccountClient> RegisterAsync(Uri node, string displayName, string? invitation = null)
    {
        var client = OnNode(node);
        var response = await client.Http.PostAsJsonAsync(
            "/api/auth/register", new { email = NewEmail(), password = Password, displayName, language = "en", invitation });
        await client.TakeSessionAsync(response);
        return client;
    }

    public static async Task<AccountClient> SignInAsync(Uri node, string email, string password)
    {
        var client = OnNode(node);
        await client.TakeSessionAsync(await client.Http.PostAsJsonAsync("/api/auth/sign-in", new { email, password }));
        return client;
    }

    /// <summary>The same browser (cookie, anti-forgery token) pointed at another node: cookies for 127.0.0.1 do not depend on the port.</summary>
    public AccountClient MovedTo(Uri node) => new(OnNode(node, Cookies).Http) { Cookies = Cookies, Session = Session, CsrfToken = CsrfToken };
}
