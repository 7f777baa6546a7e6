namespace HelpBot.Privacy;

/// <summary>What the redactor does with one finding.</summary>
public enum RedactionDecision
{
    /// <summary>Replace the value with a typed placeholder such as <c>[SSN]</c>.</summary>
    Remove = 0,

    /// <summary>Replace letters and digits with <c>*</c> except the last four, keeping separators.</summary>
    Mask = 1,

    /// <summary>Leave the value as it is (the user chose to send the e-mail encrypted, for example).</summary>
    Keep = 2,

    /// <summary>Replace the value with text the user typed (<see cref="RedactionChoice.Replacement"/>).</summary>
    Edit = 3,
}
