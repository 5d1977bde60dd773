using System.Collections.Concurrent;

namespace Expo.Bench.Baseline;

/// <summary>Every booth's room, and which booth each connection is in (at most one).</summary>
public sealed class BoothRooms(Catalogue catalogue)
{
    private readonly ConcurrentDictionary<string, BoothRoom> _rooms = new();
    private readonly ConcurrentDictionary<string, string> _connectionBooth = new();

    public BoothRoom? Find(string boothId) =>
        catalogue.Booths.TryGetValue(boothId, out var booth) ? _rooms.GetOrAdd(boothId, _ => new BoothRoom(booth)) : null;

    public string? BoothOf(string connectionId) => _connectionBooth.GetValueOrDefault(connectionId);

    public void Place(string connectionId, string boothId) => _connectionBooth[connectionId] = boothId;

    public void Forget(string connectionId) => _connectionBooth.TryRemove(connectionId, out _);

    public IEnumerable<BoothRoom> All => catalogue.Booths.Keys.Select(id => Find(id)!);

    public int CountOf(string boothId) => _rooms.TryGetValue(boothId, out var room) ? room.Count : 0;
}
