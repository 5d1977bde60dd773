using Expo.Grains.Booths.Journal;
using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// The lines a journal shard holds, per booth and in sequence order. A booth is the only writer of its lines, so its
/// latest append is the truth: it replaces the booth's lines from its first sequence on. Appending the same lines
/// again therefore keeps one copy, and lines the booth re-sends after a failure replace what it no longer knows of.
/// </summary>
internal sealed class ChatJournalLines
{
    private readonly Dictionary<string, List<ChatMessage>> _byBooth = [];


    public int Count => _byBooth.Values.Sum(lines => lines.Count);

    public int Booths => _byBooth.Count;

    /// <summary>Whether <paramref name="lines"/> can be appended for the booth: its own lines, in unbroken sequence.</summary>
    public static bool IsRun(string boothId, IReadOnlyList<ChatMessage> lines) =>
        lines.Count > 0
        && lines[0].Sequence > 0
        && lines.Select((line, i) => line.BoothId == boothId && line.Sequence == lines[0].Sequence + i).All(ok => ok);

    /// <summary>Replays a stored record: its trims, then its lines, each replacing the booth's lines from its sequence on.</summary>
    public void Apply(JournalRecord record)
    {
        foreach (var (boothId, through) in record.Trims)
        {
            Trim(boothId, through);
        }

        foreach (var line in record.Lines)
        {
            Replace(line.BoothId, [line]);
        }
    }

    public void Replace(string boothId, IReadOnlyList<ChatMessage> lines)
    {
        if (!_byBooth.TryGetValue(boothId, out var held))
        {
            _byBooth[boothId] = [.. lines];
            return;
        }

        var from = lines[0].Sequence;
        if (held.Count > 0 && held[^1].Sequence >= from)
        {
            held.RemoveAll(line => line.Sequence >= from);
        }

        held.AddRange(lines);
    }

    public IReadOnlyList<ChatMessage> After(string boothId, long afterSequence) =>
        _byBooth.TryGetValue(boothId, out var held) ? [.. held.Where(line => line.Sequence > afterSequence)] : [];

    /// <summary>Drops the booth's lines up to <paramref name="throughSequence"/>; returns whether any were held.</summary>
    public bool Trim(string boothId, long throughSequence)
    {
        if (!_byBooth.TryGetValue(boothId, out var held) || held.RemoveAll(line => line.Sequence <= throughSequence) == 0)
        {
            return false;
        }

        if (held.Count == 0)
        {
            _byBooth.Remove(boothId);
        }

        return true;
    }

    /// <summary>Every held line as a new list, for a storage write that may read it on another thread.</summary>
    public List<ChatMessage> Snapshot() => [.. _byBooth.Values.SelectMany(lines => lines)];
}
