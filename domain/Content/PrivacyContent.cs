namespace HelpBot.Domain.Content;

/// <summary>The desk aid's definitions of PII and PHI.</summary>
public sealed class PrivacyContent : SourcedFact
{
    public TextFact PiiDefinition { get; set; } = new();

    /// <summary>Kinds of information that count as PII.</summary>
    public List<TextFact> PiiItems { get; set; } = [];

    /// <summary>The parts of the PHI definition, one per item.</summary>
    public List<TextFact> PhiDefinition { get; set; } = [];

    /// <summary>Page with more about handling PII.</summary>
    public string MoreInformationUrl { get; set; } = string.Empty;
}
