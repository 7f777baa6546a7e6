namespace HelpBot.Domain.Reports;

/// <summary>Why a description does not yet satisfy the help desk (values of <see cref="IssueReport.DescriptionGap"/>).</summary>
public static class DescriptionGaps
{
    /// <summary>The user said there was an error but did not keep its text ("I didn't write them down").</summary>
    public const string NoErrorDetail = "no-error-detail";

    /// <summary>Too few words to tell what happened.</summary>
    public const string TooThin = "too-thin";

    /// <summary>The text describes another system than the page's address shows, or the user is unsure which.</summary>
    public const string OtherSystem = "other-system";
}
