namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Checks one form value, already trimmed and not empty; returns what is wrong with it, or null when it is valid.</summary>
public delegate string? FormFieldValidator(string value);
