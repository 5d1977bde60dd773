using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Expo.Web.Telemetry;

/// <summary>
/// Times every call this node makes to the expo's grains into <see cref="ExpoWebMetrics.GrainCallDuration"/>, tagged
/// <c>operation</c> = "{grain}.{method}" (<c>booth.send-chat</c>: the interface without its I and Grain, then the method's
/// alias), so no call site names or wraps its calls. The tag is built once per method and reused: a call costs a
/// dictionary lookup and a histogram record, nothing allocated.
/// </summary>
public sealed class GrainCallTiming : IOutgoingGrainCallFilter
{
    private static readonly Assembly ExpoInterfaces = typeof(Expo.Grains.IBoothGrain).Assembly;

    // Keyed by the generated request type, one per interface method; null for calls that are not the expo's own
    // (Orleans' system targets), which are not timed.
    private readonly ConcurrentDictionary<Type, KeyValuePair<string, object?>?> _tags = new();

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var tag = _tags.GetOrAdd(context.Request.GetType(), static (_, c) => TagOf(c), context);
        if (tag is not { } operation)
        {
            await context.Invoke();
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await context.Invoke();
        }
        finally
        {
            ExpoWebMetrics.GrainCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, operation);
        }
    }

    /// <summary>The operation a call is timed under, or null when it is not a call to one of the expo's grains.</summary>
    public static string? OperationOf(Type interfaceType, MethodInfo method)
    {
        if (interfaceType.Assembly != ExpoInterfaces)
        {
            return null;
        }

        var name = interfaceType.Name;
        name = name.StartsWith('I') ? name[1..] : name;
        name = name.EndsWith("Grain", StringComparison.Ordinal) ? name[..^"Grain".Length] : name;
        var methodName = method.GetCustomAttribute<AliasAttribute>()?.Alias
            ?? Kebab(method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name);
        return $"{Kebab(name)}.{methodName}";
    }

    private static KeyValuePair<string, object?>? TagOf(IOutgoingGrainCallContext context) =>
        context.Request.GetMethod() is { } method && OperationOf(context.Request.GetInterfaceType(), method) is { } operation
            ? new KeyValuePair<string, object?>("operation", operation)
            : null;

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
