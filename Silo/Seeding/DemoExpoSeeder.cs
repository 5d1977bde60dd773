using Expo.Grains;
using Microsoft.Extensions.Options;

namespace Expo.Silo.Seeding;

/// <summary>
/// Seeds the demo expo, and its signing wall with the agreements of the catalogue, once the silo runs. Every silo does it: seeding is idempotent, so a cluster needs no
/// leader, and a new silo repairs a catalogue a crashed one left half-written.
/// </summary>
internal sealed partial class DemoExpoSeeder(
    IGrainFactory grains,
    IOptions<SeedOptions> options,
    ILogger<DemoExpoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var path = options.Value.File ?? SeedCatalog.DefaultPath;
        var definition = await SeedCatalog.LoadAsync(path, stoppingToken);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<IExpoGrain>(definition.Id).SeedAsync(definition);
                await grains.GetGrain<ISigningWallGrain>(definition.Id).SeedAsync(SeedAgreements.From(definition));
                await SeedAgendaAsync(definition.Id, stoppingToken);
                await SeedSamplesAsync(Path.Combine(Path.GetDirectoryName(path)!, SeedSamples.FileName), stoppingToken);
                LogSeeded(logger, definition.Id, definition.Pavilions.Count, definition.Pavilions.Sum(p => p.Booths.Count));
                return;
            }
            catch (Exception exception) when (exception is not ExpoException)
            {
                // Right after start-up the cluster or storage may not answer yet; try again, more slowly each time.
                LogSeedRetry(logger, exception, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), stoppingToken);
            }
        }
    }

    private async Task SeedAgendaAsync(string expoId, CancellationToken stoppingToken)
    {
        var path = options.Value.AgendaFile ?? SeedAgenda.DefaultPath;
        var sessions = options.Value.AgendaFirstDay is { } firstDay
            ? await SeedAgenda.LoadAsync(path, firstDay, stoppingToken)
            : await SeedAgenda.LoadUpcomingAsync(path, DateTimeOffset.UtcNow, stoppingToken);

        await grains.GetGrain<IAgendaGrain>(expoId).SeedAsync(sessions);
    }

    private async Task SeedSamplesAsync(string path, CancellationToken stoppingToken)
    {
        foreach (var (boothId, items) in await SeedSamples.LoadAsync(path, stoppingToken))
        {
            await grains.GetGrain<IBoothCatalogueGrain>(boothId).SeedSamplesAsync(items);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded expo {ExpoId}: {Pavilions} pavilions, {Booths} booths")]
    private static partial void LogSeeded(ILogger logger, string expoId, int pavilions, int booths);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding the demo expo failed (attempt {Attempt}); retrying")]
    private static partial void LogSeedRetry(ILogger logger, Exception exception, int attempt);
}
