using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Expo.Web.Services;

/// <summary>
/// This node's copy of the expo catalogue and of the live counts. The catalogue changes rarely and is re-read
/// every half minute; counts are re-read at most every <see cref="ExpoOptions.CountsMaxAge"/>, so however many
/// people look at the expo page, the cluster answers a few count queries a second per node.
/// </summary>
public sealed class ExpoCatalog(IClusterClient cluster, IOptions<ExpoOptions> options, TimeProvider time)
{
    private static readonly TimeSpan CatalogMaxAge = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private (ExpoDefinition Definition, Dictionary<string, BoothProfile> Booths, DateTimeOffset ReadAt)? _catalog;
    private (Task<IReadOnlyDictionary<string, int>> Counts, DateTimeOffset ReadAt)? _counts;

    public string ExpoId => options.Value.ExpoId;

    public async Task<ExpoDefinition?> GetDefinitionAsync()
    {
        if (_catalog is { } cached && time.GetUtcNow() - cached.ReadAt < CatalogMaxAge)
        {
            return cached.Definition;
        }

        var definition = await cluster.GetGrain<IExpoGrain>(ExpoId).GetAsync();
        if (definition is not null)
        {
            var booths = definition.Pavilions.SelectMany(p => p.Booths).ToDictionary(b => b.Id);
            _catalog = (definition, booths, time.GetUtcNow());
        }

        return definition;
    }

    /// <summary>Forgets the catalogue, so the next read sees a booth profile its staff just changed.</summary>
    public void Invalidate() => _catalog = null;

    public async Task<BoothProfile?> FindBoothAsync(string boothId)
    {
        await GetDefinitionAsync();
        return _catalog is { } cached ? cached.Booths.GetValueOrDefault(boothId) : null;
    }

    /// <summary>The booth's profile, or a <c>booth_not_found</c> refusal.</summary>
    public async Task<BoothProfile> RequireBoothAsync(string boothId) =>
        await FindBoothAsync(ExpoRules.RequireBoothId(boothId)) ?? throw ExpoException.BoothNotFound(boothId);

    public Task<IReadOnlyDictionary<string, int>> GetCountsAsync()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_counts is not { } cached || cached.Counts.IsFaulted || now - cached.ReadAt >= options.Value.CountsMaxAge)
            {
                // Concurrent readers share one in-flight query rather than each asking the cluster.
                _counts = (cluster.GetGrain<IAttendanceGrain>(ExpoId).GetBoothCountsAsync(), now);
            }

            return _counts.Value.Counts;
        }
    }
}
