namespace HelpBot.Domain.Reports;

/// <summary>Values of <see cref="IssueReport.Kind"/>.</summary>
public static class ReportKinds
{
    /// <summary>A technical problem with one client's application: report it.</summary>
    public const string Technical = "technical";

    /// <summary>A question training answers (the system works as designed): no report.</summary>
    public const string Training = "training";

    /// <summary>Not about one client (a general outage, or CBMS as county workers see it): it goes elsewhere.</summary>
    public const string Elsewhere = "elsewhere";
}
