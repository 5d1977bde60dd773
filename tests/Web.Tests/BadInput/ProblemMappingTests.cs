using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.BadInput;

/// <summary>How the one exception handler answers what the framework cannot read, and what the routes do not have.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ProblemMappingTests(ExpoClusterFixture cluster)
{
    [Fact]
    public async Task MalformedJsonIsInvalidInputNotAServerError()
    {
        var response = await Post("/api/auth/guest", "{not json", "application/json");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task AFieldOfTheWrongKindIsNamedInTheSentence()
    {
        var response = await Post("/api/auth/guest", "{\"displayName\":5,\"language\":\"en\"}", "application/json");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        Assert.Contains("displayName", await DetailAsync(response));
    }

    [Fact]
    public async Task AnUnparsableQueryValueIsInvalidInputNamingTheParameter()
    {
        var organiser = await AccountClient.OrganiserAsync(cluster.WebA);

        var response = await organiser.Http.GetAsync("/api/organiser/reports/attendance?from=yesterday");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
        Assert.Contains("from", await DetailAsync(response));
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsAnUnsupportedMediaType()
    {
        var response = await Post("/api/auth/guest", "displayName=Ada", "application/x-www-form-urlencoded");

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task UnknownRoutesAndMethodsAnswerProblemsWithCodes()
    {
        using var http = cluster.WebA.CreateClient();

        await (await http.GetAsync("/api/no-such-thing")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await http.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/api/expo"))).AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task UnknownExtraFieldsAreIgnored()
    {
        var response = await Post("/api/auth/guest", "{\"displayName\":\"Ada\",\"language\":\"en\",\"favouriteColour\":{\"deep\":[1,2]}}", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("\u202EnimdA")]
    [InlineData("Ad\u200Ba")]
    public async Task ADisplayNameWithBidiOrZeroWidthCharactersIsRefused(string displayName)
    {
        var response = await cluster.WebA.CreateClient().PostAsJsonAsync("/api/auth/guest", new { displayName, language = "en" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_input");
    }

    private Task<HttpResponseMessage> Post(string path, string body, string contentType) =>
        cluster.WebA.CreateClient().PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
}
