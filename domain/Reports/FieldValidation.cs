namespace HelpBot.Domain.Reports;

/// <summary>The outcome of checking one answer.</summary>
/// <param name="IsValid">True when the answer can be stored.</param>
/// <param name="Message">Why the answer was rejected, or a warning about a valid answer; null when there is nothing to say.</param>
/// <param name="NormalizedValue">The value to store (trimmed; a date as ISO 8601 with offset); null when invalid.</param>
public sealed record FieldValidation(bool IsValid, string? Message, string? NormalizedValue)
{
    public static FieldValidation Valid(string normalizedValue, string? warning = null) => new(true, warning, normalizedValue);

    public static FieldValidation Invalid(string message) => new(false, message, null);
}
