using System.Globalization;

namespace HelpBot.EndToEnd.Tests.Conversation;

/// <summary>
/// Obviously fake report data. The SSN 219-09-9999 is made up but well formed: its area, group and
/// serial pass the SSN recognizer's validity rules, so the privacy check must find it.
/// </summary>
internal static class FakeReport
{
    public const string PersonName = "Dana Testperson";
    public const string Ssn = "219-09-9999";
    public const string Phone = "303-555-0100";
    public const string CaseNumber = "1B00000";
    public const string PeakAddress = "https://peak.my.site.com/peak/s/benefit-information";
    public const string ConnectAddress = "https://prd.connectforhealthco.com/application/submit";
    public const string ServiceCenterNumber = "1-855-752-6749";
    public const string CbmsHelpEmail = "CBMS.help@state.co.us";

    public const string PeakDescription =
        "PEAK shows the error 'We are unable to process your request' when I press Next on the Income page. "
        + "Client is " + PersonName + ", SSN " + Ssn + ", phone " + Phone + ". Case " + CaseNumber + ". "
        + "Page: " + PeakAddress;

    public const string ConnectDescription =
        "On Connect for Health Colorado the Submit button on the application shows error code ERR-12345 "
        + "and the page goes blank. Tried twice. Page: " + ConnectAddress;

    public const string PeakPage = "Income page, Employment section";
    public const string StepsTried = "Signed off and on, cleared the cache, tried Firefox";
    public const string Impact = "The application cannot be submitted";

    /// <summary>Yesterday at 10:30 in the morning, so the "when" answer is never in the future.</summary>
    public static string When => DateTime.Now.Date.AddDays(-1).AddHours(10.5).ToString("MM/dd/yyyy h:mm tt", CultureInfo.InvariantCulture);
}
