using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// Bodies of the HTTP response to an <c>adaptiveCard/action</c> invoke:
/// <c>{"statusCode":200,"type":...,"value":...}</c>, sent with HTTP status 200.
/// </summary>
public static class AdaptiveCardInvokeResponses
{
    /// <summary>Replaces the card the user acted on with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonElement card) => Create(ContentTypes.AdaptiveCard, writer => card.WriteTo(writer));

    /// <summary>Shows <paramref name="text"/> to the user who acted on the card.</summary>
    public static InvokeResponse Message(string text) => Create(ContentTypes.InvokeMessage, writer => writer.WriteStringValue(text));

    private static InvokeResponse Create(string type, Action<Utf8JsonWriter> writeValue)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", StatusCodes.Status200OK);
            writer.WriteString("type", type);
            writer.WritePropertyName("value");
            writeValue(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new InvokeResponse(StatusCodes.Status200OK, document.RootElement.Clone());
    }
}
