using Expo.Grains.Models;

namespace Expo.Grains.Booths;

/// <summary>
/// Lines a Web node hands over several at a time: one grain call and one wait for storage for all of them, where each
/// line alone costs a call of its own. Every line is checked, appended and acknowledged exactly as a single send.
/// </summary>
public sealed partial class BoothGrain
{
    public async Task<IReadOnlyList<ChatSendResult>> SendChatBatchAsync(IReadOnlyList<ChatSend> sends)
    {
        RequireProfile();
        if (sends is null || sends.Count is 0 or > ExpoRules.ChatSendsPerCall)
        {
            throw ExpoException.Invalid($"A batch carries 1 to {ExpoRules.ChatSendsPerCall} lines.");
        }

        var results = new ChatSendResult[sends.Count];
        for (var i = 0; i < sends.Count; i++)
        {
            results[i] = AppendOne(sends[i]);
        }

        if (results.Any(r => r.Message is { } line && line.Sequence > _chat.DurableThrough))
        {
            try
            {
                await StoreAsync();
            }
            catch (ExpoException failed)
            {
                // Lines stored before (retries) stand; the rest were not stored, and their senders send them again.
                RefuseUnstored(results, failed);
            }
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Message is not null)
            {
                Stamp(sends[i].Sender.VisitorId, PassportReasons.Chat);
            }
        }

        return results;
    }

    private ChatSendResult AppendOne(ChatSend? send)
    {
        if (send?.Sender is not { } sender)
        {
            return ChatSendResult.Refused(ExpoException.Invalid("A line names its sender."));
        }

        try
        {
            RequireStorage();
            ExpoRules.RequireClientMessageId(send.ClientMessageId);
            var text = ExpoRules.RequireChatText(send.Text);
            ExpoRules.RequireDisplayName(sender.DisplayName);
            return new ChatSendResult(FindRetryOrAppend(sender, send.ClientMessageId, text, send.FromOrganiser));
        }
        catch (ExpoException refused)
        {
            return ChatSendResult.Refused(refused);
        }
        finally
        {
            // A pipelined single send from another node may be waiting for this line.
            _lineArrivals.Arrived(sender.VisitorId, send.ClientMessageId);
        }
    }

    private void RefuseUnstored(ChatSendResult[] results, ExpoException failed)
    {
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Message is { } line && line.Sequence > _chat.DurableThrough)
            {
                results[i] = ChatSendResult.Refused(failed);
            }
        }
    }
}
