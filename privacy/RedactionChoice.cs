namespace HelpBot.Privacy;

/// <summary>The user's choice for one finding.</summary>
/// <param name="Decision">What to do with the value.</param>
/// <param name="Replacement">The text that replaces the value when <paramref name="Decision"/> is <see cref="RedactionDecision.Edit"/>.</param>
public readonly record struct RedactionChoice(RedactionDecision Decision, string? Replacement = null)
{
    /// <summary>Replace the value with a typed placeholder.</summary>
    public static RedactionChoice Remove => new(RedactionDecision.Remove);

    /// <summary>Mask the value, keeping its last four letters or digits.</summary>
    public static RedactionChoice Mask => new(RedactionDecision.Mask);

    /// <summary>Keep the value; the e-mail must then be sent encrypted when the value is an identifier.</summary>
    public static RedactionChoice Keep => new(RedactionDecision.Keep);

    /// <summary>Replace the value with <paramref name="replacement"/>.</summary>
    public static RedactionChoice Edit(string replacement) => new(RedactionDecision.Edit, replacement);
}
