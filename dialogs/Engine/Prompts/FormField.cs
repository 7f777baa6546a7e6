namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>One input of an <see cref="AdaptiveCardFormPrompt"/>.</summary>
public sealed class FormField
{
    /// <param name="name">The card input's <c>id</c>, and the key in the prompt's result.</param>
    /// <param name="label">What the user sees; also accepted before the colon of a typed "Label: value" line.</param>
    /// <param name="required">Whether the form is rejected until this field has a value.</param>
    /// <param name="validator">Checks a non-empty value; null accepts any.</param>
    /// <param name="aliases">Other labels accepted in typed lines, such as "case" for "Case number".</param>
    public FormField(string name, string label, bool required = false, FormFieldValidator? validator = null, params string[] aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Name = name;
        Label = label;
        Required = required;
        Validator = validator;
        Aliases = aliases;
    }

    public string Name { get; }

    public string Label { get; }

    public bool Required { get; }

    public FormFieldValidator? Validator { get; }

    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// Whether a value the validator rejects is filled in again in the form sent with the error, for correction.
    /// Set it to false when the validator rejects values that must not be sent back, such as personal data.
    /// </summary>
    public bool ShowsRejectedValue { get; init; } = true;
}
