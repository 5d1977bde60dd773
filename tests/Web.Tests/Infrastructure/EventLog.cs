namespace Expo.Web.Tests.Infrastructure;

/// <summary>Events received so far, and a way to await the first one that matches, without sleeping.</summary>
public sealed class EventLog<T>
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly object _gate = new();
    private readonly List<T> _events = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _events.Add(item);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _events];
        }
    }

    public async Task<T> WaitForAsync(Func<T, bool> match)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                foreach (var item in _events)
                {
                    if (match(item))
                    {
                        return item;
                    }
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No matching {typeof(T).Name} arrived within {Timeout.TotalSeconds} s.");
            }

            await changed.WaitAsync(left).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
