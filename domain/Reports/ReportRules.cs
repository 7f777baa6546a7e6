namespace HelpBot.Domain.Reports;

/// <summary>Which fields a report still needs, by system and kind.</summary>
public static class ReportRules
{
    /// <summary>Returns the fields still to ask for, in desk-aid order; empty for training and elsewhere reports.</summary>
    public static IReadOnlyList<string> StillNeeded(IssueReport report) => throw new NotImplementedException();
}
