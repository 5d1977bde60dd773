namespace Expo.Grains.Booths;

/// <summary>Which journal shard holds a booth's new lines.</summary>
public static class ChatJournalKeys
{
    /// <summary>The key of the booth's journal grain among <paramref name="shards"/> shards.</summary>
    public static string For(string boothId, int shards) => $"chat/{Shard(boothId, shards)}";

    /// <summary>
    /// A hash that every process computes alike (FNV-1a over the characters), unlike <see cref="string.GetHashCode()"/>,
    /// which is randomised per process: a booth must find its lines in the same shard after moving to another silo.
    /// </summary>
    public static int Shard(string boothId, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in boothId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)shards);
    }
}
