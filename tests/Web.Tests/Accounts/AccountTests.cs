using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azure.Storage.Blobs;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Accounts;

[Collection(ExpoClusterCollection.Name)]
public sealed class AccountTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task RegisteringStartsACookieSessionAndATokenOtherNodesAccept()
    {
        var email = AccountClient.NewEmail();

        var lin = await AccountClient.RegisterAsync(cluster.WebA, "Lin", email: $"  {email.ToUpperInvariant()} ");

        Assert.Equal(email, lin.Email);
        Assert.Equal(["visitor"], lin.Session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var me = await lin.MeAsync();
        Assert.Equal((lin.VisitorId, email, "Lin"), (me.GetProperty("visitorId").GetString(), me.GetProperty("email").GetString(), me.GetProperty("displayName").GetString()));
        var onOtherNode = await lin.Bearer(cluster.WebB).GetJsonAsync("/api/auth/me");
        Assert.Equal(lin.VisitorId, onOtherNode.GetProperty("visitorId").GetString());
    }

    [Fact]
    public async Task SigningInAgainReachesTheSameVisitorAndSigningOutEndsTheCookieSession()
    {
        var registered = await AccountClient.RegisterAsync(cluster.WebA);

        var signedIn = await AccountClient.SignInAsync(cluster.WebB, registered.Email, AccountClient.Password);
        Assert.Equal(registered.VisitorId, signedIn.VisitorId);

        var signOut = await signedIn.SendAsync(HttpMethod.Post, "/api/auth/sign-out");
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.Http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task RegisteringATakenEmailInAnotherSpellingIs409OnAnyNode()
    {
        var first = await AccountClient.RegisterAsync(cluster.WebA);

        var response = await AccountClient.Anonymous(cluster.WebB).Http.PostAsJsonAsync(
            "/api/auth/register", new { email = first.Email.ToUpperInvariant(), password = "another password", displayName = "Eve", language = "en" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        var signedIn = await AccountClient.SignInAsync(cluster.WebA, first.Email, AccountClient.Password);
        Assert.Equal(first.VisitorId, signedIn.VisitorId);
    }

    [Theory]
    [InlineData("not-an-email", "long enough password")]
    [InlineData("ok@example.com", "short")]
    public async Task BadRegistrationInputIs400AndCreatesNoAccount(string email, string password)
    {
        var unique = email.Replace("ok@", $"ok-{Guid.NewGuid():N}@");
        var http = AccountClient.Anonymous(cluster.WebA).Http;

        var response = await http.PostAsJsonAsync("/api/auth/register", new { email = unique, password, displayName = "Ada", language = "en" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        var signIn = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = unique, password });
        await signIn.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailAreTheSame401()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);
        var http = AccountClient.Anonymous(cluster.WebA).Http;

        var wrong = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = "not the password" });
        var unknown = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = AccountClient.NewEmail(), password = AccountClient.Password });

        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await unknown.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsOnSeveralNodesLockTheAccountEvenForTheRightPassword()
    {
        var lin = await AccountClient.RegisterAsync(cluster.WebA);
        for (var i = 0; i < 5; i++)
        {
            var node = i % 2 == 0 ? cluster.WebA : cluster.WebB;
            var wrong = await AccountClient.Anonymous(node).Http.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = $"guess number {i}" });
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        }

        var right = await AccountClient.Anonymous(cluster.WebA).Http.PostAsJsonAsync("/api/auth/sign-in", new { email = lin.Email, password = AccountClient.Password });

        await right.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task StorageHoldsTheAccountButNeverThePassword()
    {
        var email = AccountClient.NewEmail();
        await AccountClient.RegisterAsync(cluster.WebA, email: email);

        var blobs = new BlobServiceClient(cluster.Storage.ConnectionString);
        var found = false;
        var names = new List<string>();
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                names.Add(blob.Name);
                var text = Encoding.UTF8.GetString((await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray());
                Assert.DoesNotContain(AccountClient.Password, text);
                found |= blob.Name.Contains(email);
            }
        }

        Assert.True(found, "The account's state was not found in blob storage: " + string.Join(", ", names));
    }
}
