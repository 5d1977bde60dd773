using System.Reflection;
using Expo.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Tests;

public sealed class ProtocolDocumentationTests
{
    private static readonly string Api = File.ReadAllText(Infrastructure.RepoPaths.Of("docs", "api.md"));

    public static TheoryData<string> HubMethods() =>
        [.. typeof(ExpoHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.DeclaringType == typeof(ExpoHub) && m.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync)))
            .Select(m => m.Name)];

    public static TheoryData<string> ServerEvents() => [.. typeof(IExpoClient).GetMethods().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(HubMethods))]
    public void EveryHubMethodIsDocumented(string method) =>
        Assert.Contains($"### `{method}(", Api);

    [Theory]
    [MemberData(nameof(ServerEvents))]
    public void EveryServerEventIsDocumented(string serverEvent) =>
        Assert.Contains($"### `{serverEvent}`", Api);

    [Fact]
    public void TheProtocolHasTheVersionOneNames()
    {
        Assert.Superset(new HashSet<string>(["ChatSince", "EnterBooth", "LeaveBooth", "SendChat"]), HubMethods().Select(r => (string)r.Data).ToHashSet());
        Assert.Superset(new HashSet<string>(["AnnouncementsChanged", "BoothProfileChanged", "ChatInvitation", "ChatMessage", "PresenceChanged"]), ServerEvents().Select(r => (string)r.Data).ToHashSet());
    }
}
