namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt recognized in the user's activity: a value, or the message saying what was wrong.
/// Create it with <see cref="PromptRecognition"/>.
/// </summary>
public sealed class PromptRecognizerResult<T>
{
    internal PromptRecognizerResult(bool succeeded, T? value, string? errorMessage)
    {
        Succeeded = succeeded;
        Value = value;
        ErrorMessage = errorMessage;
    }

    public bool Succeeded { get; }

    /// <summary>The recognized value; meaningful only when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>What was wrong with the input, for the retry message; null uses the prompt's default.</summary>
    public string? ErrorMessage { get; }
}
