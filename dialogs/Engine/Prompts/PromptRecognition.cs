namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Creates <see cref="PromptRecognizerResult{T}"/> values.</summary>
public static class PromptRecognition
{
    /// <summary>Returns a result that recognized <paramref name="value"/>.</summary>
    public static PromptRecognizerResult<T> Success<T>(T value) => new(true, value, null);

    /// <summary>Returns a failed result; <paramref name="errorMessage"/> tells the user what was wrong, or null for the prompt's default message.</summary>
    public static PromptRecognizerResult<T> Failure<T>(string? errorMessage) => new(false, default, errorMessage);
}
