namespace HelpBot.Domain.Content;

/// <summary>A how-to the bot gives on request (PII and PHI, encryption, screenshots, which system).</summary>
public sealed class HelpTopic : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Phrases that ask for this topic, matched case-insensitive as whole words.</summary>
    public List<string> Keywords { get; set; } = [];

    public List<HelpSection> Sections { get; set; } = [];
}
