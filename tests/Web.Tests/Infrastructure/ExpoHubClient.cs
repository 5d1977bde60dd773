using System.Net.Http.Json;
using Expo.Grains.Models;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>A visitor's hub connection, driven by the real .NET SignalR client, recording what the server sends.</summary>
public sealed class ExpoHubClient : IAsyncDisposable
{
    private readonly EventLog<ChatMessage> _chat = new();
    private readonly EventLog<PresenceChanged> _presence = new();

    private ExpoHubClient(HubConnection connection, string visitorId, string displayName)
    {
        Connection = connection;
        VisitorId = visitorId;
        DisplayName = displayName;
        connection.On<ChatMessage>("ChatMessage", _chat.Add);
        connection.On<PresenceChanged>("PresenceChanged", _presence.Add);
    }

    public HubConnection Connection { get; }

    public string VisitorId { get; }

    public string DisplayName { get; }

    public IReadOnlyList<ChatMessage> Chat => _chat.Snapshot();

    public record GuestSession(string VisitorId, string Token, string DisplayName, string Language);

    public static async Task<GuestSession> StartGuestAsync(HttpClient http, string displayName)
    {
        var response = await http.PostAsJsonAsync("/api/auth/guest", new { displayName, language = "en" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GuestSession>())!;
    }

    /// <summary>Connects through the factory's in-memory server over its WebSocket client.</summary>
    public static async Task<ExpoHubClient> ConnectAsync(WebApplicationFactory<Program> web, string displayName, GuestSession? session = null)
    {
        session ??= await StartGuestAsync(web.CreateClient(), displayName);
        var server = web.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, $"hubs/expo?access_token={Uri.EscapeDataString(session.Token)}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, cancellationToken) => await server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
            })
            .Build();
        var client = new ExpoHubClient(connection, session.VisitorId, session.DisplayName);
        await connection.StartAsync();
        return client;
    }

    /// <summary>
    /// Connects to a Web node over the network, as a browser or load generator would; with <paramref name="reconnectDelays"/>,
    /// it reconnects by itself after a drop, waiting those delays between attempts.
    /// </summary>
    public static async Task<ExpoHubClient> ConnectAsync(Uri baseAddress, GuestSession session, TimeSpan[]? reconnectDelays = null)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, $"hubs/expo?access_token={Uri.EscapeDataString(session.Token)}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            });
        if (reconnectDelays is not null)
        {
            builder.WithAutomaticReconnect(reconnectDelays);
        }

        var connection = builder.Build();
        var client = new ExpoHubClient(connection, session.VisitorId, session.DisplayName);
        await connection.StartAsync();
        return client;
    }

    public Task<BoothSnapshot> EnterBoothAsync(string boothId) => Connection.InvokeAsync<BoothSnapshot>("EnterBooth", boothId);

    public Task LeaveBoothAsync(string boothId) => Connection.InvokeAsync("LeaveBooth", boothId);

    public Task<long> SendChatAsync(string boothId, string text, string? clientMessageId = null) =>
        Connection.InvokeAsync<long>("SendChat", boothId, clientMessageId ?? Guid.NewGuid().ToString("N"), text);

    public Task<IReadOnlyList<ChatMessage>> ChatSinceAsync(string boothId, long afterSequence) =>
        Connection.InvokeAsync<IReadOnlyList<ChatMessage>>("ChatSince", boothId, afterSequence);

    public Task<ChatMessage> WaitForChatAsync(Func<ChatMessage, bool> match) => _chat.WaitForAsync(match);

    public Task<PresenceChanged> WaitForPresenceAsync(Func<PresenceChanged, bool> match) => _presence.WaitForAsync(match);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
