namespace HelpBot.Domain.Content;

/// <summary>A name people type for a system, such as "C4HCO" or "MyCOBenefits app".</summary>
public sealed class SystemName : SourcedFact
{
    /// <summary>
    /// Phrase matched as whole words, case-insensitive. Phrases of up to five characters
    /// (PEAK, SES) match only in the case written here, so "peak hours" does not name PEAK.
    /// </summary>
    public string Phrase { get; set; } = string.Empty;
}
