using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Middleware;

/// <summary>What the user sees when a turn fails. The state of a failed turn is never written, so each text can promise that earlier answers are kept.</summary>
internal static class ErrorReplies
{
    public const string Failure =
        "Sorry, something went wrong on my side and I could not finish that step. " +
        "Your answers up to this point are saved. To continue, send your last answer again, " +
        "or type 'help' to see where you are.";

    public const string Conflict =
        "Sorry, I could not save your last answer because this conversation changed at the same moment, " +
        "for example from another window. Your earlier answers are saved. Please send your last answer again.";

    /// <summary>Invoke response body for a failed turn; built once because it never changes.</summary>
    public static readonly JsonElement FailureInvokeBody = CreateInvokeBody(
        "InternalError",
        "The bot could not process this action. Your earlier answers are saved; try the action again.");

    /// <summary>Invoke response body for a turn whose state write lost to another turn.</summary>
    public static readonly JsonElement ConflictInvokeBody = CreateInvokeBody(
        "ConversationChanged",
        "This conversation changed while the action ran, so it was not saved. Your earlier answers are saved; try the action again.");

    public const int InvokeStatus = 500;

    // Shape: {"statusCode":500,"type":"application/vnd.microsoft.error","value":{"code":..,"message":..}}.
    private static JsonElement CreateInvokeBody(string code, string message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", InvokeStatus);
            writer.WriteString("type", ContentTypes.InvokeError);
            writer.WriteStartObject("value");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
