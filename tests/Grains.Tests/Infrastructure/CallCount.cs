using System.Collections.Concurrent;

namespace Expo.Grains.Tests.Infrastructure;

/// <summary>
/// Counts the grain calls a test's call sets off, however deep: the test marks its call with a tag in the request
/// context, which Orleans carries into every call a grain makes while serving it, and the silo counts them by tag.
/// </summary>
internal sealed class CallCount : IIncomingGrainCallFilter
{
    private const string Key = "expo.test.count";

    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Calls = new();

    /// <summary>Runs <paramref name="call"/> and returns its result with the grain calls it made ("interface.method"), the first included.</summary>
    public static async Task<(T Result, IReadOnlyList<string> Calls)> OfAsync<T>(Func<Task<T>> call)
    {
        var tag = Guid.NewGuid().ToString("N");
        RequestContext.Set(Key, tag);
        try
        {
            var result = await call();
            return (result, Calls.TryRemove(tag, out var calls) ? [.. calls] : []);
        }
        finally
        {
            RequestContext.Remove(Key);
        }
    }

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (RequestContext.Get(Key) is string tag)
        {
            Calls.GetOrAdd(tag, _ => new()).Enqueue($"{context.InterfaceName}.{context.MethodName}");
        }

        return context.Invoke();
    }
}
