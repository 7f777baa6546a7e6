using System.Globalization;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation.Fields;

/// <summary>
/// Reads a report field as text, for prefilled answers and reviews. Accepted answers are written by
/// <see cref="ReportAnswers.Store"/>.
/// </summary>
public static class ReportFieldValues
{
    /// <summary>Answer that means "no screenshot".</summary>
    public const string NoScreenshot = ReportAnswers.NoScreenshot;

    /// <summary>
    /// Returns the value to prefill for <paramref name="field"/>: what the report already has, else what
    /// the client reported (operating system, browser, device), else null.
    /// </summary>
    public static string? Prefill(string field, IssueReport report, UserProfile profile, DeskAidContent content, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(profile);
        return field switch
        {
            ReportFields.Page => report.Page ?? report.PageSuggestion,
            ReportFields.StepsTried => StepsTried(report, content),
            ReportFields.When => PrefillWhen(report, timeZone),
            ReportFields.Os => report.Os ?? profile.OperatingSystem,
            ReportFields.Browser => report.Browser ?? profile.Browser,
            ReportFields.Device => report.Device ?? report.DeviceSuggestion ?? profile.Device,
            _ => Read(field, report),
        };
    }

    /// <summary>Returns what the report holds for <paramref name="field"/>, or null when it has nothing.</summary>
    public static string? Read(string field, IssueReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return field switch
        {
            ReportFields.Description => report.Description,
            ReportFields.ErrorMessage => report.ErrorMessage,
            ReportFields.Username => report.Username,
            ReportFields.Page => report.Page,
            ReportFields.When => report.When?.ToString("O", CultureInfo.InvariantCulture),
            ReportFields.StepsTried => report.StepsTried.Count == 0 ? null : string.Join("; ", report.StepsTried),
            ReportFields.Impact => report.Impact,
            ReportFields.CaseNumber => report.CaseNumber ?? report.TrackingNumber ?? (report.NoCaseNumber ? ReportAnswers.NoCaseNumber : null),
            ReportFields.Screenshot => report.NoScreenshots ? NoScreenshot : Join(report.Screenshots),
            ReportFields.Os => report.Os,
            ReportFields.Device => report.Device,
            ReportFields.Browser => report.Browser,
            _ => null,
        };
    }

    /// <summary>Formats a date and time the way the bot shows it, such as "Aug 22, 2026 3:15 PM".</summary>
    public static string FormatWhen(DateTimeOffset when) => when.ToString("MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);

    // A date without a clock time is shown without one, so "keep" does not turn it into midnight. A day
    // part's default time ("this morning" is 9:00 AM) is shown, for the user to confirm or correct.
    private static string? PrefillWhen(IssueReport report, TimeZoneInfo timeZone)
    {
        if (report.When is not { } when)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(when, timeZone);
        return report.WhenHasClockTime || local.TimeOfDay != TimeSpan.Zero
            ? FormatWhen(local)
            : local.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
    }

    private static string? StepsTried(IssueReport report, DeskAidContent content)
    {
        var tips = report.TipsTried
            .Select(id => content.Tips.Find(tip => tip.Id == id)?.Title)
            .OfType<string>();
        var all = tips.Concat(report.StepsTried).ToList();
        return all.Count == 0 ? null : string.Join("; ", all);
    }

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join("\n", values);
}
