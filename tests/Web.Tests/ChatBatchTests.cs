using Expo.Grains;
using Expo.Grains.Models;
using Expo.Web.Hubs;
using Expo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Expo.Web.Tests;

/// <summary>The <c>chatBatches</c> feature and pipelined <c>SendChat</c>, with real SignalR clients on two Web nodes.</summary>
[Collection(ExpoClusterCollection.Name)]
public sealed class ChatBatchTests(ExpoClusterFixture cluster)
{
    private const string Booth = "journey-to-the-west-cultural-research-association";

    [Fact]
    public async Task BatchClientsGetEachBoothWriteAsOneEventInOrderOnceWhileV1ClientsGetSingleLines()
    {
        await using var sender = await ExpoHubClient.ConnectAsync(cluster.WebA, "Batch Sender");
        await using var v1 = await ExpoHubClient.ConnectAsync(cluster.WebB, "Line Reader");
        await using var early = await ExpoHubClient.ConnectAsync(cluster.WebB, "Early Batch Reader");
        await using var late = await ExpoHubClient.ConnectAsync(cluster.WebA, "Late Batch Reader");
        var earlyBatches = Record(early);
        var lateBatches = Record(late);
        var v1Batches = Record(v1);

        Assert.Equal([HubFeatures.ChatBatches], await EnableBatchesAsync(early));
        foreach (var client in new[] { sender, v1, early, late })
        {
            await client.EnterBoothAsync(Booth);
        }

        // Enabled inside the booth: the connection moves to the batch group without missing a line.
        Assert.Equal([HubFeatures.ChatBatches], await EnableBatchesAsync(late));

        var grain = cluster.SiloClient.GetGrain<IBoothGrain>(Booth);
        var before = await grain.GetStatsAsync();
        var sequences = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => sender.SendChatAsync(Booth, $"line {i}")));
        var last = sequences.Max();

        await earlyBatches.WaitForAsync(b => b.Messages.Any(m => m.Sequence == last));
        await lateBatches.WaitForAsync(b => b.Messages.Any(m => m.Sequence == last));
        await v1.WaitForChatAsync(m => m.Sequence == last);
        var writes = (await grain.GetStatsAsync()).JournalAppends - before.JournalAppends;

        var received = earlyBatches.Snapshot();
        Assert.All(received, b => Assert.Equal(Booth, b.BoothId));
        Assert.All(received, b => Assert.Equal(b.Messages.OrderBy(m => m.Sequence).Select(m => m.Sequence), b.Messages.Select(m => m.Sequence)));
        Assert.Equal(sequences.Order(), received.SelectMany(b => b.Messages).Select(m => m.Sequence));
        Assert.Equal(writes, received.Count);
        Assert.Empty(early.Chat);

        var lateLines = lateBatches.Snapshot().SelectMany(b => b.Messages).Select(m => m.Sequence).Concat(late.Chat.Select(m => m.Sequence)).ToList();
        Assert.Equal(sequences.Order(), lateLines.Where(s => s >= sequences.Min()).Distinct().Order());
        Assert.DoesNotContain(late.Chat, m => m.Sequence >= sequences.Min());

        Assert.Empty(v1Batches.Snapshot());
        Assert.Equal(sequences.Order(), v1.Chat.Select(m => m.Sequence).Where(s => s >= sequences.Min()).Order());
    }

    [Fact]
    public async Task PipelinedSendsOfOneConnectionKeepTheirOrderAndEveryAcknowledgedLineArrivesOnce()
    {
        await using var sender = await ExpoHubClient.ConnectAsync(cluster.WebA, "Fast Typist");
        await using var reader = await ExpoHubClient.ConnectAsync(cluster.WebB, "Patient Reader");
        await sender.EnterBoothAsync(Booth);
        await reader.EnterBoothAsync(Booth);
        var grain = cluster.SiloClient.GetGrain<IBoothGrain>(Booth);
        var before = await grain.GetStatsAsync();

        // Sent back to back, each without waiting for the one before to be stored.
        var sends = Enumerable.Range(0, 30).Select(i => sender.SendChatAsync(Booth, $"pipelined {i}", $"pipelined-{i}")).ToList();
        var sequences = await Task.WhenAll(sends);
        var writes = (await grain.GetStatsAsync()).JournalAppends - before.JournalAppends;

        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());

        // Serial calls would store one line per write; overlapping ones share writes.
        Assert.True(writes < sequences.Length, $"{writes} writes for {sequences.Length} lines");

        await reader.WaitForChatAsync(m => m.Sequence == sequences[^1]);
        var heard = reader.Chat.Where(m => m.SenderId == sender.VisitorId).ToList();
        Assert.Equal(sequences, heard.Select(m => m.Sequence).Order());
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"pipelined {i}"), heard.OrderBy(m => m.Sequence).Select(m => m.Text));

        // A retry of a pipelined line is still answered with its first sequence and stores nothing.
        Assert.Equal(sequences[7], await sender.SendChatAsync(Booth, "pipelined 7 again", "pipelined-7"));
        var stored = await sender.ChatSinceAsync(Booth, sequences[0] - 1);
        Assert.Equal(sequences, stored.Where(m => m.SenderId == sender.VisitorId).Select(m => m.Sequence));
    }

    [Fact]
    public async Task ACallSentRightAfterEnterBoothWaitsForIt()
    {
        await using var visitor = await ExpoHubClient.ConnectAsync(cluster.WebA, "Hasty Visitor");

        // Not awaited in between: the chat line must still find the connection inside the booth.
        var entering = visitor.EnterBoothAsync(Booth);
        var sending = visitor.SendChatAsync(Booth, "hello at once");
        await entering;
        Assert.True(await sending > 0);
    }

    private static EventLog<ChatBatch> Record(ExpoHubClient client)
    {
        var batches = new EventLog<ChatBatch>();
        client.Connection.On<ChatBatch>("ChatBatch", batches.Add);
        return batches;
    }

    private static Task<string[]> EnableBatchesAsync(ExpoHubClient client) =>
        client.Connection.InvokeAsync<string[]>("EnableFeatures", new[] { HubFeatures.ChatBatches, "a-feature-from-the-future" });
}
