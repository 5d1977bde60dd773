using System.Reflection;
using Expo.Web.Hubs;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace Expo.Web.Tests.BadInput;

/// <summary>Every hub method with arguments it must refuse: refused, nothing changed, and the connection stays open.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class HubFuzzTests(ExpoClusterFixture cluster, ITestOutputHelper output)
{
    private const string Booth = "zhangye-west-style-cultural-tourism";

    private static readonly object?[] BadStrings =
        [null, "", new string('x', 20_000), "a\u0000b", "\u001b[31m", "\u202Eevil\u202C", "zero\u200Bwidth", "NOT A SLUG!", "../../etc", "\uD800"];

    private static readonly object[] BadNumbers = [-1L, long.MinValue];

    public static IEnumerable<MethodInfo> HubMethods() => typeof(ExpoHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync"));

    [Fact]
    public async Task EveryHubMethodRefusesBadArgumentsChangesNothingAndKeepsTheConnectionOpen()
    {
        var account = await AccountClient.RegisterAsync(cluster.WebA, "Hub Prober");
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Hub Prober", account.HubSession());
        var before = await visitor.ChatSinceAsync(Booth, 0);
        var calls = 0;
        foreach (var method in HubMethods())
        {
            var parameters = method.GetParameters();
            object?[] Valid() => [.. parameters.Select(Plausible)];

            // Argument lists that cannot bind: SignalR's own error, before the hub runs.
            foreach (var args in new[] { Valid().Append("extra").ToArray(), Valid().SkipLast(1).ToArray(), [new { wrong = "shape" }, .. Valid().Skip(1)] })
            {
                await Assert.ThrowsAsync<HubException>(() => visitor.Connection.InvokeCoreAsync(method.Name, typeof(object), args));
                calls++;
            }

            // Arguments that bind but break a rule: a HubException with a code, from the hub.
            for (var i = 0; i < parameters.Length; i++)
            {
                var bad = parameters[i].ParameterType == typeof(string) ? BadStrings : parameters[i].ParameterType == typeof(long) ? BadNumbers : [];
                foreach (var value in bad)
                {
                    var args = Valid();
                    args[i] = value;
                    var error = await Assert.ThrowsAsync<HubException>(() => visitor.Connection.InvokeCoreAsync(method.Name, typeof(object), args));
                    Assert.True(error.Code() is not ("unavailable" or ['<', ..]), $"{method.Name} argument {i} = {Describe(value)}: {error.Message}");
                    calls++;
                }
            }
        }

        output.WriteLine($"{HubMethods().Count()} hub methods, {calls} refused calls");
        Assert.Equal(HubConnectionState.Connected, visitor.Connection.State);
        Assert.Equal(before.Select(m => m.Sequence), (await visitor.ChatSinceAsync(Booth, 0)).Select(m => m.Sequence));
        await visitor.EnterBoothAsync(Booth);
        var sequence = await visitor.SendChatAsync(Booth, "still here");
        Assert.Equal(sequence, (await visitor.ChatSinceAsync(Booth, 0)).Last().Sequence);
    }

    [Fact]
    public async Task AFrameOverTheHubsMessageSizeLimitClosesTheConnection()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Oversized");
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        visitor.Connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<Exception>(() => visitor.SendChatAsync(Booth, new string('x', 40_000)));

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(HubConnectionState.Disconnected, visitor.Connection.State);
    }

    [Fact]
    public async Task ARefusedHubCallIsLoggedOnceBelowWarningWithItsCodeAndNotByTheDispatcher()
    {
        await using var web = await LoggedWebFactory.StartAsync(cluster);
        await using var visitor = await ExpoHubClient.ConnectAsync(web, "Logged");

        var refused = await Assert.ThrowsAsync<HubException>(() => visitor.EnterBoothAsync("Not A Slug!"));
        await Assert.ThrowsAsync<HubException>(() => visitor.Connection.InvokeCoreAsync("EnterBooth", typeof(object), [1, 2, 3]));

        Assert.Equal("invalid_input", refused.Code());
        var logged = web.Logs.Entries;
        Assert.DoesNotContain(logged, e => e.Category == ExpoHubFilter.DispatcherCategory && e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Warning && e.Message.Contains("EnterBooth", StringComparison.Ordinal));
        var refusal = Assert.Single(logged, e => e.Category == typeof(ExpoHubFilter).FullName && e.Message.Contains("EnterBooth", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, refusal.Level);
        Assert.Contains("invalid_input", refusal.Message);
        Assert.Null(refusal.Exception);
    }

    private static object? Plausible(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(long) => 0L,
        var t when t == typeof(bool) => true,
        _ when parameter.Name == "boothId" => Booth,
        _ when parameter.Name is "text" => "hello",
        _ when parameter.Name is "operationId" or "clientMessageId" => Guid.NewGuid().ToString("N"),
        _ => "no-such-thing",
    };

    private static string Describe(object? value) => value is string s ? $"\"{s[..Math.Min(s.Length, 20)]}\" ({s.Length})" : value?.ToString() ?? "null";
}
