using Expo.Web.Auth;

namespace Expo.Web.Hubs;

/// <summary>
/// When the node is told to stop, closes its hub connections before the server stops listening. Kestrel cannot end a
/// WebSocket gracefully, so it would wait for every open one until the host's shutdown timeout, and the Orleans client
/// stopping after it would find no time left. Closed at once, the visitors' clients reconnect to another node, leave
/// and re-enter their booths there, and the node stops in moments.
/// </summary>
internal sealed partial class HubDrain(IHostApplicationLifetime lifetime, SessionConnections connections, ILogger<HubDrain> logger) : IHostedService
{
    private CancellationTokenRegistration _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = lifetime.ApplicationStopping.Register(Drain);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Dispose();
        return Task.CompletedTask;
    }

    private void Drain() => LogDrained(connections.Drain());

    [LoggerMessage(Level = LogLevel.Information, Message = "Node stopping: closed {Connections} hub connections, so their clients reconnect to another node")]
    private partial void LogDrained(int connections);
}
