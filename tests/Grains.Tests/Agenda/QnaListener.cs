using System.Threading.Channels;

namespace Expo.Grains.Tests.Agenda;

/// <summary>A test's stand-in for a Web node subscribed to a session's Q&amp;A: it queues the changes it is sent.</summary>
internal sealed class QnaListener : IQnaObserver
{
    private readonly Channel<QuestionChanged> _changes = Channel.CreateUnbounded<QuestionChanged>();

    public QnaListener(IClusterClient client) => Reference = client.CreateObjectReference<IQnaObserver>(this);

    public string NodeId { get; } = Infrastructure.TestKeys.New("node");

    /// <summary>Orleans holds the listener only weakly: the test keeps the listener alive while it listens.</summary>
    public IQnaObserver Reference { get; }

    public Task OnQuestionChangedAsync(QuestionChanged change)
    {
        _changes.Writer.TryWrite(change);
        return Task.CompletedTask;
    }

    public async Task<QuestionChanged> NextAsync() => await _changes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
