using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>A signed-in person negotiating: their HTTP session and a hub connection recording the negotiation events.</summary>
public sealed class Negotiator : IAsyncDisposable
{
    private Negotiator(AccountClient account, ExpoHubClient hub)
    {
        Account = account;
        Hub = hub;
        hub.Connection.On<JsonElement>("NegotiationChanged", Changes.Add);
        hub.Connection.On<JsonElement>("NegotiationMessage", Messages.Add);
        hub.Connection.On<JsonElement>("InboxChanged", Inbox.Add);
        hub.Connection.On<JsonElement>("AgreementSigned", Signed.Add);
    }

    public AccountClient Account { get; }

    public ExpoHubClient Hub { get; }

    public string UserId => Account.VisitorId;

    public EventLog<JsonElement> Changes { get; } = new();

    public EventLog<JsonElement> Messages { get; } = new();

    public EventLog<JsonElement> Inbox { get; } = new();

    public EventLog<JsonElement> Signed { get; } = new();

    public static async Task<Negotiator> ConnectAsync(WebApplicationFactory<Program> web, AccountClient account) =>
        new(account, await ExpoHubClient.ConnectAsync(web, account.HubSession().DisplayName, account.HubSession()));

    public static object Terms(decimal value, string scope = "Two animated shorts on the Ganzhou IP theme park.") => new
    {
        subject = "Ganzhou City IP animation",
        field = "cultural-creative",
        scope,
        quantities = new[] { new { item = "animated shorts", amount = 2, unit = "episodes" } },
        value,
        currency = "CNY",
        startDate = "2026-03-01",
        endDate = "2026-12-31",
        place = "Zhangye",
        obligations = Array.Empty<object>(),
        notes = (string?)null,
    };

    public static string NewOperation() => Guid.NewGuid().ToString("N");

    public async Task<JsonElement> StartAsync(string boothId, string? operationId = null, string? asBoothId = null) =>
        await (await Account.SendAsync(HttpMethod.Post, "/api/negotiations", new
        {
            operationId = operationId ?? NewOperation(),
            boothId,
            subject = "Ganzhou City IP animation",
            field = "cultural-creative",
            asBoothId,
        })).JsonAsync();

    public Task<HttpResponseMessage> SendAsync(string negotiationId, string action, object body) =>
        Account.SendAsync(HttpMethod.Post, $"/api/negotiations/{negotiationId}/{action}", body);

    public async Task<JsonElement> CommandAsync(string negotiationId, string action, object body) =>
        await (await SendAsync(negotiationId, action, body)).JsonAsync();

    public async Task<JsonElement> GetAsync(string negotiationId) =>
        (await Account.Http.GetJsonAsync($"/api/negotiations/{negotiationId}")).GetProperty("negotiation");

    public Task<JsonElement> OpenAsync(string negotiationId) => Hub.Connection.InvokeAsync<JsonElement>("OpenNegotiation", negotiationId);

    public async Task AssertRefusedAsync(string negotiationId, string action, object body, HttpStatusCode status, string code) =>
        await (await SendAsync(negotiationId, action, body)).AssertProblemAsync(status, code);

    public ValueTask DisposeAsync() => Hub.DisposeAsync();
}
