using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Bench.Baseline;

/// <summary>
/// Protocol v1 the direct way: a SignalR group per booth, state in this process, every presence change and chat
/// line written to the group as it happens.
/// </summary>
public sealed partial class BaselineHub(BoothRooms rooms) : Hub
{
    public async Task<BoothSnapshot> EnterBooth(string boothId)
    {
        var room = RequireRoom(boothId);
        var visitor = Visitor();
        if (rooms.BoothOf(Context.ConnectionId) is { } previous && previous != boothId)
        {
            await LeaveCoreAsync(previous);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, room.Group);
        rooms.Place(Context.ConnectionId, boothId);
        var (snapshot, change) = room.Enter(Context.ConnectionId, visitor);
        if (change is not null)
        {
            await Clients.Group(room.Group).SendAsync("PresenceChanged", change);
        }

        return snapshot;
    }

    public async Task LeaveBooth(string boothId)
    {
        RequireSlug(boothId);
        if (rooms.BoothOf(Context.ConnectionId) == boothId)
        {
            await LeaveCoreAsync(boothId);
        }
    }

    public async Task<long> SendChat(string boothId, string clientMessageId, string text)
    {
        var room = RequireRoom(boothId);
        if (string.IsNullOrEmpty(clientMessageId) || clientMessageId.Length > 64 || clientMessageId.Any(char.IsControl))
        {
            throw new HubException("invalid_input: A client message id is 1 to 64 printable characters.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000 || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw new HubException("invalid_input: A chat message is 1 to 2000 characters without control characters.");
        }

        if (rooms.BoothOf(Context.ConnectionId) != boothId)
        {
            throw new HubException("invalid_input: Enter the booth before chatting in it.");
        }

        var (message, stored) = room.Append(Visitor(), clientMessageId, text);
        if (stored)
        {
            await Clients.Group(room.Group).SendAsync("ChatMessage", message);
        }

        return message.Sequence;
    }

    /// <summary>A plain hub offers no optional features: clients that ask keep getting one event per line.</summary>
    public string[] EnableFeatures(string[] features) => [];

    public IReadOnlyList<ChatMessage> ChatSince(string boothId, long afterSequence) =>
        afterSequence < 0
            ? throw new HubException("invalid_input: afterSequence is 0 or more.")
            : RequireRoom(boothId).Since(afterSequence);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (rooms.BoothOf(Context.ConnectionId) is { } boothId)
        {
            await LeaveCoreAsync(boothId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveCoreAsync(string boothId)
    {
        rooms.Forget(Context.ConnectionId);
        if (rooms.Find(boothId) is not { } room)
        {
            return;
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, room.Group);
        if (room.Leave(Context.ConnectionId) is { } change)
        {
            await Clients.Group(room.Group).SendAsync("PresenceChanged", change);
        }
    }

    private BoothRoom RequireRoom(string boothId) =>
        rooms.Find(RequireSlug(boothId)) ?? throw new HubException($"booth_not_found: There is no booth '{boothId}'.");

    private static string RequireSlug(string boothId) =>
        boothId is not null && SlugPattern().IsMatch(boothId)
            ? boothId
            : throw new HubException("invalid_input: A booth id is 1 to 64 characters of a-z, 0-9 and '-'.");

    private VisitorRef Visitor() => new(
        Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new HubException("unauthorized: Sign in as a guest first."),
        Context.User.FindFirstValue(ClaimTypes.Name) ?? "");

    [GeneratedRegex(@"^[a-z0-9-]{1,64}\z")]
    private static partial Regex SlugPattern();
}
