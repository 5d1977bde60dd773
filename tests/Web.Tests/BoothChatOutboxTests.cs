using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hubs;

namespace Expo.Web.Tests;

/// <summary>How a Web node hands a booth its connections' lines, without a cluster: the booth is a hand-driven stand-in.</summary>
public sealed class BoothChatOutboxTests
{
    private static readonly VisitorRef Ada = new("ada", "Ada");

    [Fact]
    public async Task LinesSentWhileACallIsOnItsWayGoTogetherInTheNextCallInTheOrderSent()
    {
        var booth = new HandDrivenBooth();
        var outbox = new BoothChatOutbox(booth.DeliverAsync);

        var first = outbox.SendAsync("b", Line("m-1"));
        var later = Enumerable.Range(2, 4).Select(i => outbox.SendAsync("b", Line($"m-{i}"))).ToList();

        Assert.Equal([["m-1"]], booth.CallIds());
        booth.AnswerNext();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await booth.Called(2).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["m-2", "m-3", "m-4", "m-5"], booth.CallIds()[1]);
        booth.AnswerNext();
        Assert.Equal([2L, 3L, 4L, 5L], (await Task.WhenAll(later).WaitAsync(TimeSpan.FromSeconds(10))).Select(m => m.Sequence));
    }

    [Fact]
    public async Task ARefusedLineFailsOnlyItsSenderAndAFailedCallFailsEveryLineItCarried()
    {
        var booth = new HandDrivenBooth { Refuse = "m-2" };
        var outbox = new BoothChatOutbox(booth.DeliverAsync);

        var first = outbox.SendAsync("b", Line("m-1"));
        var refused = outbox.SendAsync("b", Line("m-2"));
        var kept = outbox.SendAsync("b", Line("m-3"));
        booth.AnswerNext();
        await booth.Called(2).WaitAsync(TimeSpan.FromSeconds(10));
        booth.AnswerNext();

        await first;
        Assert.Equal(ExpoErrors.InvalidInput, (await Assert.ThrowsAsync<ExpoException>(() => refused)).Code);
        Assert.Equal("m-3", (await kept).ClientMessageId);

        var lost = outbox.SendAsync("b", Line("m-4"));
        await booth.Called(3).WaitAsync(TimeSpan.FromSeconds(10));
        booth.FailNext(new TimeoutException("no answer"));
        await Assert.ThrowsAsync<TimeoutException>(() => lost);

        // The booth's next call starts afresh.
        var after = outbox.SendAsync("b", Line("m-5"));
        await booth.Called(4).WaitAsync(TimeSpan.FromSeconds(10));
        booth.AnswerNext();
        Assert.Equal("m-5", (await after).ClientMessageId);
    }

    private static ChatSend Line(string id) => new(Ada, id, "hi", false);

    /// <summary>Answers each call only when the test says so, numbering lines as a booth would.</summary>
    private sealed class HandDrivenBooth
    {
        private readonly List<(IReadOnlyList<ChatSend> Sends, TaskCompletionSource<IReadOnlyList<ChatSendResult>> Answer)> _calls = [];
        private readonly List<TaskCompletionSource> _callWaiters = [];
        private long _sequence;
        private int _answered;

        public string? Refuse { get; init; }

        public Task<IReadOnlyList<ChatSendResult>> DeliverAsync(string boothId, IReadOnlyList<ChatSend> sends)
        {
            lock (_calls)
            {
                var answer = new TaskCompletionSource<IReadOnlyList<ChatSendResult>>(TaskCreationOptions.RunContinuationsAsynchronously);
                _calls.Add((sends, answer));
                foreach (var waiter in _callWaiters.Where(w => !w.Task.IsCompleted).ToList())
                {
                    waiter.TrySetResult();
                }

                return answer.Task;
            }
        }

        public List<List<string>> CallIds()
        {
            lock (_calls)
            {
                return [.. _calls.Select(c => c.Sends.Select(s => s.ClientMessageId).ToList())];
            }
        }

        public async Task Called(int count)
        {
            while (true)
            {
                TaskCompletionSource waiter;
                lock (_calls)
                {
                    if (_calls.Count >= count)
                    {
                        return;
                    }

                    waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _callWaiters.Add(waiter);
                }

                await waiter.Task;
            }
        }

        public void AnswerNext()
        {
            var (sends, answer) = Next();
            answer.SetResult([.. sends.Select(s => s.ClientMessageId == Refuse
                ? ChatSendResult.Refused(ExpoException.Invalid("refused"))
                : new ChatSendResult(new ChatMessage("b", ++_sequence, s.Sender.VisitorId, s.Sender.DisplayName, s.Text, DateTimeOffset.UnixEpoch, s.ClientMessageId)))]);
        }

        public void FailNext(Exception exception) => Next().Answer.SetException(exception);

        private (IReadOnlyList<ChatSend> Sends, TaskCompletionSource<IReadOnlyList<ChatSendResult>> Answer) Next()
        {
            lock (_calls)
            {
                return _calls[_answered++];
            }
        }
    }
}
