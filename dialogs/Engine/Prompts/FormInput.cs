namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>The field values read from one answer to a form, or why they could not be read.</summary>
/// <param name="Values">Field name to trimmed, non-empty value; empty on error.</param>
/// <param name="ErrorMessage">Why typed text could not be read as field values; null when it could.</param>
internal sealed record FormInput(IReadOnlyDictionary<string, string> Values, string? ErrorMessage);
