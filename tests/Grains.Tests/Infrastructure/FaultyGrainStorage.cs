using System.Collections.Concurrent;
using Newtonsoft.Json;
using Orleans.Storage;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>Grain storage whose writes obey <see cref="StorageFaults"/>, keyed by the grain's key.</summary>
internal sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    /// <summary>The storage names the fixture wraps; the rest are plain memory storage.</summary>
    public static readonly IReadOnlyList<string> Wrapped = [ExpoStorage.Booths, ExpoStorage.Negotiations, ExpoStorage.Expo];

    public static string InnerName(string name) => $"{name}-inner";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    /// <summary>The state each grain last wrote, by "{stateName}/{grain key}", so tests can weigh what is stored.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, object?> LastWritten = new();

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        StorageFaults.WriteAsync(grainId.Key.ToString()!, async () =>
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            LastWritten[$"{stateName}/{grainId.Key}"] = grainState.State;
            var key = grainId.Key.ToString()!;
            if (Recorded.ContainsKey(key))
            {
                Written[key] = JsonConvert.SerializeObject(grainState.State);
            }

            return true;
        });

    /// <summary>The latest state each recorded grain stored, as JSON (as the Silo stores it), by the grain's key: what a write costs.</summary>
    public static readonly ConcurrentDictionary<string, string> Written = new();

    private static readonly ConcurrentDictionary<string, bool> Recorded = new();

    /// <summary>Keeps what the grain with that key stores from now on in <see cref="Written"/>.</summary>
    public static void Record(string key) => Recorded[key] = true;

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
