using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Bench.Flood;

/// <summary>A guest session and, on demand, its hub connection (bearer token in the header, as non-browser clients send it).</summary>
public sealed record Guest(string VisitorId, string Token)
{
    public static async Task<Guest> StartAsync(HttpClient http, string displayName)
    {
        var response = await http.PostAsJsonAsync("/api/auth/guest", new { displayName, language = "en" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Guest>())!;
    }

    public async Task<HubConnection> ConnectAsync(string baseUrl)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), "hubs/expo"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(Token);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
