namespace HelpBot.Domain.Reports;

/// <summary>The outcome of checking one answer.</summary>
/// <param name="IsValid">True when the answer can be stored.</param>
/// <param name="Message">Why the answer was rejected, or a warning about a valid answer; null when there is nothing to say.</param>
/// <param name="NormalizedValue">The value to store (trimmed; a date as ISO 8601 with offset); null when invalid.</param>
public sealed record FieldValidation(bool IsValid, string? Message, string? NormalizedValue)
{
    /// <summary>
    /// True when the answer was rejected only because none of its words is a known name (an operating
    /// system or browser not in the list), so the same answer typed again is accepted as typed.
    /// </summary>
    public bool AcceptedWhenRepeated { get; init; }

    /// <summary>The kind of fault of a rejected answer, so a message about it can name the reason; <see cref="FieldFault.None"/> when valid.</summary>
    public FieldFault Fault { get; init; }

    public static FieldValidation Valid(string normalizedValue, string? warning = null) => new(true, warning, normalizedValue);

    public static FieldValidation Invalid(string message, FieldFault fault = FieldFault.Invalid) => new(false, message, null) { Fault = fault };

    /// <summary>Rejects an answer that names nothing known, with a message that says typing it again keeps it.</summary>
    public static FieldValidation Unrecognized(string message) => new(false, message, null) { AcceptedWhenRepeated = true, Fault = FieldFault.Invalid };
}

/// <summary>Why an answer was rejected.</summary>
public enum FieldFault
{
    /// <summary>The answer was accepted.</summary>
    None,

    /// <summary>The answer is not a value of the field, such as a date that is not on the calendar.</summary>
    Invalid,

    /// <summary>The answer is longer than <see cref="FieldRules.MaxAnswerLength"/>.</summary>
    TooLong,

    /// <summary>The answer lacks a part the field needs, such as detail about the error or a clock time, or is empty.</summary>
    Incomplete,

    /// <summary>
    /// The answer contains personal data, such as a Social Security number, that the field cannot hold. The
    /// answer must not be shown back as typed.
    /// </summary>
    PersonalData,
}
