using System.Diagnostics;
using Expo.Grains;
using Expo.Grains.Models;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests.Infrastructure;

/// <summary>Reading a booth's stored chat with <c>ChatSince</c>, page by page.</summary>
public sealed partial class RoamingVisitor
{
    /// <summary>Fetches every stored line after the last contiguous one, page by page.</summary>
    public async Task CatchUpAsync()
    {
        var after = Chat.ContiguousThrough;
        while (true)
        {
            var page = await ChatSinceAsync(after);
            Chat.AddStored(page, after);
            if (page.Count < ExpoRules.ChatSincePageSize)
            {
                return;
            }

            after = page[^1].Sequence;
        }
    }

    /// <summary>The booth's whole stored history, read with <c>ChatSince</c> from 0, without touching <see cref="Chat"/>.</summary>
    public async Task<IReadOnlyList<ChatMessage>> HistoryAsync()
    {
        var history = new List<ChatMessage>();
        while (true)
        {
            var page = await ChatSinceAsync(history.Count > 0 ? history[^1].Sequence : 0);
            history.AddRange(page);
            if (page.Count < ExpoRules.ChatSincePageSize)
            {
                return history;
            }
        }
    }

    private async Task<IReadOnlyList<ChatMessage>> ChatSinceAsync(long afterSequence)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await _connection!.InvokeAsync<IReadOnlyList<ChatMessage>>("ChatSince", BoothId, afterSequence);
            }
            catch (HubException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                // "unavailable": the cluster did not answer in time (a busy machine, a booth still moving); reading again is harmless.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
