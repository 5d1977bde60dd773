using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// The booth's chat as kept in its state: a tail of at least <see cref="ExpoRules.IdempotencyWindow"/> messages
/// (so a retried message id is recognised) that sheds whole pages to the archive as it grows.
/// </summary>
internal sealed class BoothChatLog
{
    public const int PageSize = 200;
    public const int TailCapacity = ExpoRules.IdempotencyWindow + PageSize;

    private readonly BoothState _state;
    private readonly Dictionary<(string SenderId, string ClientMessageId), ChatMessage> _byClientId = [];

    public BoothChatLog(BoothState state)
    {
        _state = state;
        foreach (var message in state.Tail)
        {
            _byClientId[(message.SenderId, message.ClientMessageId)] = message;
        }
    }

    public long LastSequence => _state.LastSequence;

    public long ArchivedThrough => _state.ArchivedThrough;

    public bool IsFull => _state.Tail.Count >= TailCapacity;

    public ChatMessage? FindRetry(string senderId, string clientMessageId) =>
        _byClientId.GetValueOrDefault((senderId, clientMessageId));

    public ChatMessage Append(string boothId, VisitorRef sender, string clientMessageId, string text, DateTimeOffset now)
    {
        var message = new ChatMessage(boothId, _state.LastSequence + 1, sender.VisitorId, sender.DisplayName, text, now, clientMessageId);
        _state.Tail.Add(message);
        _state.LastSequence = message.Sequence;
        _byClientId[(message.SenderId, message.ClientMessageId)] = message;
        return message;
    }

    /// <summary>The oldest page of the tail, to store in the archive before <see cref="DropArchivedPage"/>.</summary>
    public (long PageIndex, IReadOnlyList<ChatMessage> Messages) OldestPage() =>
        (_state.ArchivedThrough / PageSize, _state.Tail.Take(PageSize).ToList());

    public void DropArchivedPage()
    {
        foreach (var message in _state.Tail.Take(PageSize))
        {
            _byClientId.Remove((message.SenderId, message.ClientMessageId));
        }

        _state.Tail.RemoveRange(0, PageSize);
        _state.ArchivedThrough += PageSize;
    }

    public IReadOnlyList<ChatMessage> Latest(int count) => _state.Tail.TakeLast(count).ToList();

    public IEnumerable<ChatMessage> TailAfter(long sequence) => _state.Tail.Where(m => m.Sequence > sequence);

    public static long PageOf(long sequence) => (sequence - 1) / PageSize;
}
