namespace HelpBot.Domain.Reports;

/// <summary>
/// Ids of the report fields the desk aid asks for. PEAK e-mails use description to screenshot;
/// Connect for Health Colorado calls use description, when, stepsTried, impact, os, device and browser.
/// </summary>
public static class ReportFields
{
    /// <summary>What the user was doing and what went wrong, with the error message when there was one.</summary>
    public const string Description = "description";

    /// <summary>Single sign-on or PEAK user name that identifies the account.</summary>
    public const string Username = "username";

    /// <summary>Exact page and section of the application.</summary>
    public const string Page = "page";

    /// <summary>Date and time of the problem.</summary>
    public const string When = "when";

    /// <summary>Troubleshooting tips and other steps already tried.</summary>
    public const string StepsTried = "stepsTried";

    /// <summary>Result or impact on the application or the client.</summary>
    public const string Impact = "impact";

    /// <summary>CBMS case number (starts with 1B), or a tracking or authorization number.</summary>
    public const string CaseNumber = "caseNumber";

    public const string Screenshot = "screenshot";

    /// <summary>Operating system, such as Windows or Mac.</summary>
    public const string Os = "os";

    /// <summary>Mobile device, such as iPhone, iPad or Android phone.</summary>
    public const string Device = "device";

    public const string Browser = "browser";

    /// <summary>The error text, kept as part of <see cref="Description"/>.</summary>
    public const string ErrorMessage = "errorMessage";
}
