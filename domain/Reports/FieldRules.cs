namespace HelpBot.Domain.Reports;

/// <summary>Checks one answer to a report question.</summary>
public static partial class FieldRules
{
    /// <summary>Validates <paramref name="value"/> as the answer for <paramref name="field"/> (a <see cref="ReportFields"/> id).</summary>
    public static FieldValidation Validate(string field, string? value, ExtractionContext context) =>
        throw new NotImplementedException();
}
