using System.Text.Json;

namespace Expo.Bench.LoadGen;

/// <summary>The two server events the load follows: chat lines and presence changes.</summary>
internal sealed partial class LeanHubClient
{
    private void OnChat(ReadOnlySpan<byte> arguments)
    {
        var reader = new Utf8JsonReader(arguments);
        reader.Read();
        reader.Read();
        OnLine(ref reader);
    }

    /// <summary>A <c>ChatBatch</c>: every line of one booth write, each handled as a <c>ChatMessage</c> would be.</summary>
    private void OnBatch(ReadOnlySpan<byte> arguments)
    {
        var reader = new Utf8JsonReader(arguments);
        reader.Read();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("messages"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    OnLine(ref reader);
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>One line, the reader on its opening brace; leaves the reader on its closing one.</summary>
    private void OnLine(ref Utf8JsonReader reader)
    {
        var inBooth = false;
        long sequence = -1, scheduled = -1;
        var booth = visitor.Current;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("boothId"u8))
            {
                reader.Read();
                inBooth = booth is not null && reader.ValueTextEquals(booth.IdUtf8);
            }
            else if (reader.ValueTextEquals("sequence"u8))
            {
                reader.Read();
                sequence = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                scheduled = reader.ValueIsEscaped ? ChatText.ScheduledOf(reader.GetString()!) : ChatText.ScheduledOf(reader.ValueSpan);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        visitor.Worker.OnChat(visitor, inBooth, sequence, scheduled);
    }

    private void OnPresence(ReadOnlySpan<byte> arguments)
    {
        var reader = new Utf8JsonReader(arguments);
        reader.Read();
        reader.Read();
        string? boothId = null;
        List<string>? joined = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("boothId"u8))
            {
                reader.Read();
                boothId = reader.GetString();
            }
            else if (reader.ValueTextEquals("joined"u8))
            {
                reader.Read();
                joined = [];
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var isId = reader.ValueTextEquals("visitorId"u8);
                        reader.Read();
                        if (isId)
                        {
                            joined.Add(reader.GetString()!);
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (boothId is not null && joined is { Count: > 0 })
        {
            visitor.Worker.OnPresence(visitor, boothId, joined);
        }
    }
}
