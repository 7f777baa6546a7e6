using System.Text.Json.Nodes;

namespace HelpBot.Dialogs.Engine;

/// <summary>The outcome of a call into a dialog, and the result the dialog ended with, if any.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The value the last ended dialog returned; null while waiting.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null);
