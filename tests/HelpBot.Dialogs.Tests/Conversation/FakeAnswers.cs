using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>Obviously fake answers to HelpBot's questions, free of personal data.</summary>
internal static class FakeAnswers
{
    public static string ForField(string field) => field switch
    {
        ReportFields.Description => "The page shows the error ERR-100 after pressing Next on the income page.",
        ReportFields.ErrorMessage => "ERR-100",
        ReportFields.Username => "cbo.navigator01",
        ReportFields.Page => "Benefit information page, Income section",
        ReportFields.When => "03/10/2026 9:15 am",
        ReportFields.StepsTried => "Signed out and back in, then tried again",
        ReportFields.Impact => "The application could not be finished today",
        ReportFields.CaseNumber => "1B00000",
        ReportFields.Screenshot => "none",
        ReportFields.Os => "Windows 11",
        ReportFields.Device => "iPhone",
        ReportFields.Browser => "Chrome",
        _ => throw new ArgumentException($"No fake answer for field '{field}'.", nameof(field)),
    };
}
