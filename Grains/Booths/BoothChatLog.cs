using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// The booth's chat in memory: every line not yet archived, plus at least <see cref="ExpoRules.IdempotencyWindow"/>
/// archived ones, so a retried message id is recognised and a reconnecting visitor is answered without reading the
/// archive. Lines are appended before they are stored; readers only ever see lines up to <see cref="DurableThrough"/>.
/// Stored means in the chat journal or in the booth's own state.
/// </summary>
internal sealed class BoothChatLog
{
    public const int PageSize = 200;

    private readonly List<ChatMessage> _lines;
    private readonly Dictionary<(string SenderId, string ClientMessageId), ChatMessage> _byClientId = [];

    private BoothChatLog(List<ChatMessage> lines, long lastSequence, long archivedThrough)
    {
        _lines = lines;
        LastSequence = lastSequence;
        DurableThrough = lastSequence;
        ArchivedThrough = archivedThrough;
        foreach (var line in lines)
        {
            _byClientId[(line.SenderId, line.ClientMessageId)] = line;
        }
    }

    public long LastSequence { get; private set; }

    /// <summary>Every line up to this one is in storage: in the journal, the booth's state or an archive page.</summary>
    public long DurableThrough { get; private set; }

    /// <summary>Every line up to this one is in an archive page.</summary>
    public long ArchivedThrough { get; private set; }

    /// <summary>The oldest line held in memory; older ones are read from the archive.</summary>
    public long FirstInMemory => _lines.Count > 0 ? _lines[0].Sequence : LastSequence + 1;

    /// <summary>Rebuilds the log from stored state and the archive pages that cover the idempotency window.</summary>
    public static async Task<BoothChatLog> LoadAsync(BoothState state, Func<long, Task<IReadOnlyList<ChatMessage>>> readPage)
    {
        var lines = new List<ChatMessage>();
        var archivedPages = state.ArchivedThrough / PageSize;
        var firstPage = Math.Max(0, archivedPages - (ExpoRules.IdempotencyWindow / PageSize));
        for (var page = firstPage; page < archivedPages; page++)
        {
            lines.AddRange(await readPage(page));
        }

        lines.AddRange(state.Tail);
        return new BoothChatLog(lines, state.LastSequence, state.ArchivedThrough);
    }

    /// <summary>
    /// Adds lines the journal holds beyond the booth's state; they are stored already. Stops at the first line that
    /// does not follow on, so sequences stay contiguous; returns how many were taken.
    /// </summary>
    /// <remarks>Only right after <see cref="LoadAsync"/>, while every line in memory is stored.</remarks>
    public int Recover(IReadOnlyList<ChatMessage> lines)
    {
        var taken = 0;
        while (taken < lines.Count && lines[taken].Sequence == LastSequence + 1)
        {
            var line = lines[taken++];
            _lines.Add(line);
            LastSequence = line.Sequence;
            _byClientId[(line.SenderId, line.ClientMessageId)] = line;
        }

        DurableThrough = LastSequence;
        return taken;
    }

    public static long PageOf(long sequence) => (sequence - 1) / PageSize;

    public ChatMessage? FindRetry(string senderId, string clientMessageId) =>
        _byClientId.GetValueOrDefault((senderId, clientMessageId));

    public ChatMessage Append(string boothId, VisitorRef sender, string clientMessageId, string text, DateTimeOffset now, string? senderRole = null)
    {
        var message = new ChatMessage(boothId, LastSequence + 1, sender.VisitorId, sender.DisplayName, text, now, clientMessageId, senderRole);
        _lines.Add(message);
        LastSequence = message.Sequence;
        _byClientId[(message.SenderId, message.ClientMessageId)] = message;
        return message;
    }

    /// <summary>Lines after <paramref name="afterSequence"/> up to <paramref name="through"/>, in order.</summary>
    public IReadOnlyList<ChatMessage> Between(long afterSequence, long through)
    {
        var from = Math.Max(afterSequence + 1, FirstInMemory);
        var count = (int)Math.Max(0, Math.Min(through, LastSequence) - from + 1);
        return count == 0 ? [] : _lines.GetRange((int)(from - FirstInMemory), count);
    }

    public IReadOnlyList<ChatMessage> Latest(int count) => Between(Math.Max(0, DurableThrough - count), DurableThrough);

    public void MarkDurable(long through) => DurableThrough = Math.Max(DurableThrough, through);

    /// <summary>The next whole page of stored lines to archive, if one is complete.</summary>
    /// <remarks>Only stored lines are archived: an archive page is written once and never changes.</remarks>
    public (long PageIndex, IReadOnlyList<ChatMessage> Messages)? NextPageToArchive() =>
        DurableThrough - ArchivedThrough >= PageSize
            ? (ArchivedThrough / PageSize, Between(ArchivedThrough, ArchivedThrough + PageSize))
            : null;

    public void MarkPageArchived()
    {
        ArchivedThrough += PageSize;
        var archivedInMemory = ArchivedThrough - FirstInMemory + 1;
        var surplus = (int)Math.Min(archivedInMemory - ExpoRules.IdempotencyWindow, _lines.Count);
        if (surplus <= 0)
        {
            return;
        }

        foreach (var line in _lines.Take(surplus))
        {
            _byClientId.Remove((line.SenderId, line.ClientMessageId));
        }

        _lines.RemoveRange(0, surplus);
    }

    /// <summary>The lines that belong in the booth's own state: stored ones up to <paramref name="through"/> not yet archived, as a new list.</summary>
    public List<ChatMessage> Unarchived(long through) => [.. Between(ArchivedThrough, through)];
}
