using System.Buffers.Text;
using System.Text.Json;

namespace Expo.Bench.LoadGen;

/// <summary>Reading one protocol record: completions of calls, server events and pings.</summary>
internal sealed partial class LeanHubClient
{
    private void HandleRecord(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        int type = 0, invocationId = -1, argumentsStart = -1, argumentsEnd = 0, resultStart = -1, resultEnd = 0;
        var target = Target.Other;
        string? error = null;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("invocationId"u8))
            {
                reader.Read();
                Utf8Parser.TryParse(reader.ValueSpan, out invocationId, out _);
            }
            else if (reader.ValueTextEquals("target"u8))
            {
                reader.Read();
                target = reader.ValueTextEquals("ChatMessage"u8) ? Target.Chat
                    : reader.ValueTextEquals("ChatBatch"u8) ? Target.Batch
                    : reader.ValueTextEquals("PresenceChanged"u8) ? Target.Presence : Target.Other;
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read();
                argumentsStart = (int)reader.TokenStartIndex;
                reader.Skip();
                argumentsEnd = (int)reader.BytesConsumed;
            }
            else if (reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                resultStart = (int)reader.TokenStartIndex;
                reader.Skip();
                resultEnd = (int)reader.BytesConsumed;
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (!_handshake.Task.IsCompleted)
        {
            // The first record is the handshake answer: {} or {"error": "..."}.
            if (error is null)
            {
                _handshake.TrySetResult();
            }
            else
            {
                _handshake.TrySetException(new HubCallException(error));
            }

            return;
        }

        switch (type)
        {
            case 1 when target == Target.Chat && argumentsStart >= 0:
                OnChat(record[argumentsStart..argumentsEnd]);
                break;
            case 1 when target == Target.Batch && argumentsStart >= 0:
                OnBatch(record[argumentsStart..argumentsEnd]);
                break;
            case 1 when target == Target.Presence && argumentsStart >= 0:
                OnPresence(record[argumentsStart..argumentsEnd]);
                break;
            case 3:
                Complete(invocationId, error, resultStart >= 0 ? record[resultStart..resultEnd] : default);
                break;
            case 7:
                _open = false;
                break;
        }
    }

    private void Complete(int invocationId, string? error, ReadOnlySpan<byte> result)
    {
        PendingCall? call;
        lock (_pending)
        {
            _pending.Remove(invocationId, out call);
        }

        if (call is null)
        {
            return;
        }

        if (error is not null)
        {
            call.Result.TrySetException(new HubCallException(error));
            return;
        }

        call.Result.TrySetResult(call.Kind switch
        {
            ResultKind.Number => ReadNumber(result),
            ResultKind.Snapshot => ReadLastSequence(result),
            _ => 0,
        });
    }

    private static long ReadNumber(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return reader.Read() && reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : -1;
    }

    private static long ReadLastSequence(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isLast = reader.ValueTextEquals("lastSequence"u8);
            reader.Read();
            if (isLast)
            {
                return reader.GetInt64();
            }

            reader.Skip();
        }

        return -1;
    }
}
