namespace HelpBot.Domain.Content;

/// <summary>How a PEAK/SES technical problem is reported: the help-desk e-mail and what follows it.</summary>
public sealed class PeakReportContent : SourcedFact
{
    /// <summary>Id of the e-mail contact the draft goes to (the CBMS help desk).</summary>
    public string HelpDeskContactId { get; set; } = string.Empty;

    /// <summary>Fields the e-mail must contain, in desk-aid order.</summary>
    public List<EmailField> EmailFields { get; set; } = [];

    /// <summary>The warning not to send PII or PHI unless the e-mail is encrypted.</summary>
    public TextFact PiiWarning { get; set; } = new();

    /// <summary>What to do when a screenshot shows PII or PHI (erase it, or encrypt the e-mail).</summary>
    public List<TextFact> ScreenshotPiiOptions { get; set; } = [];

    /// <summary>What happens to the e-mail (triage, help desk tickets, replies not guaranteed).</summary>
    public List<TextFact> WhatToExpect { get; set; } = [];

    /// <summary>The CBMS/PEAK post-build calls for CBOs.</summary>
    public List<TextFact> PostBuildCalls { get; set; } = [];

    /// <summary>Where to complete an enrollment that is medically urgent or taking long.</summary>
    public UrgentCaseContent UrgentCases { get; set; } = new();
}
