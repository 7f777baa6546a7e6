namespace HelpBot.Domain.Content;

/// <summary>One of the basic troubleshooting tips to try before reporting a problem.</summary>
public sealed class TroubleshootingTip : SourcedFact
{
    /// <summary>Stable id stored in <see cref="Reports.IssueReport.TipsTried"/>.</summary>
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Detail { get; set; } = string.Empty;

    /// <summary>Page with instructions, when the tip has one.</summary>
    public string? Link { get; set; }
}
