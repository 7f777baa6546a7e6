namespace HelpBot.Domain.Reports;

/// <summary>Coarse kinds of problem, kept on tickets for statistics (no free text).</summary>
public static class ErrorCategories
{
    /// <summary>The page spins, does not load or does not move forward.</summary>
    public const string PageNotLoading = "page-not-loading";

    /// <summary>The page shows an error message or code.</summary>
    public const string ErrorMessage = "error-message";

    /// <summary>Creating an account, signing in or resetting a password fails.</summary>
    public const string AccountAccess = "account-access";

    /// <summary>A document upload fails or is not acknowledged.</summary>
    public const string Upload = "upload";

    /// <summary>Something submitted did not reach the county or the other system.</summary>
    public const string SubmissionNotReceived = "submission-not-received";

    /// <summary>
    /// A notice or letter with wrong content. Troubleshooting tips do not apply to it, so
    /// <see cref="ReportFields.StepsTried"/> is not asked.
    /// </summary>
    public const string NoticeContent = "notice-content";

    public const string Other = "other";
}
