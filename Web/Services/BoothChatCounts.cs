using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Expo.Grains;

namespace Expo.Web.Services;

/// <summary>
/// The chat lines this node stored for each booth, handed to the booth's analytics as one count a second rather
/// than one call a line: a busy booth's statistics then cost one small call per node per second, however fast it
/// chats. Counts are lost only with the node itself, and are figures, not records.
/// </summary>
public sealed partial class BoothChatCounts(IClusterClient cluster, ILogger<BoothChatCounts> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, StrongBox<long>> _pending = new(StringComparer.Ordinal);

    public void Add(string boothId) => Interlocked.Increment(ref _pending.GetOrAdd(boothId, _ => new StrongBox<long>()).Value);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: what is left goes out below.
        }

        Flush();
    }

    /// <summary>Sends each booth's count since the last flush; a booth with none is not called.</summary>
    public void Flush()
    {
        foreach (var (boothId, count) in _pending)
        {
            var lines = Interlocked.Exchange(ref count.Value, 0);
            if (lines == 0)
            {
                continue;
            }

            try
            {
                cluster.GetGrain<IBoothAnalyticsGrain>(boothId).RecordChatAsync(lines).Ignore();
            }
            catch (Exception exception)
            {
                LogFlushFailed(logger, exception, boothId, lines);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: {Lines} chat lines could not be counted in its statistics")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, string boothId, long lines);
}
