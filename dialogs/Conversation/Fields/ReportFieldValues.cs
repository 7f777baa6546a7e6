using System.Globalization;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

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

    /// <summary>
    /// Checks the prefilled value of <paramref name="field"/> as a typed answer is checked, and returns the value
    /// that "keep" stores. A day part's estimated time ("this morning" as about 9:00 AM) stays an estimate on the
    /// PEAK path. The Connect for Health Colorado path needs the time of the attempt, so there it is rejected.
    /// An operating system or browser that names nothing known passes: the prefill holds only known names,
    /// unless the user kept such an answer by typing it twice.
    /// </summary>
    public static FieldValidation CheckPrefill(string field, string prefill, IssueReport report, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (field != ReportFields.When || EstimatedWhen(report, context.TimeZone) is not { } estimate)
        {
            var check = FieldRules.Validate(field, prefill, context, report.System);
            return check.AcceptedWhenRepeated ? FieldValidation.Valid(prefill) : check;
        }

        return report.System == SupportSystems.ConnectForHealth
            ? FieldValidation.Invalid("The Service Center needs the time you tried, and this is only an estimate from the part of the day you gave.", FieldFault.Incomplete)
            : FieldValidation.Valid(estimate.ToString(ReportAnswers.EstimatedWhenFormat, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Returns the value for the question card's text box: <paramref name="prefill"/>, except for an estimated time
    /// on the Connect for Health Colorado path, which gets its date alone. Submitted unchanged, the estimate would
    /// read as the exact time of the attempt, which that path needs from the user.
    /// </summary>
    public static string? EditablePrefill(string field, IssueReport report, string? prefill, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        return field == ReportFields.When && report.System == SupportSystems.ConnectForHealth && EstimatedWhen(report, timeZone) is { } estimate
            ? estimate.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)
            : prefill;
    }

    // A date without a clock time is shown without one, so "keep" does not turn it into midnight. A day
    // part's default time ("this morning" is 9:00 AM) is shown as an estimate, for the user to confirm or correct.
    private static string? PrefillWhen(IssueReport report, TimeZoneInfo timeZone)
    {
        if (report.When is not { } when)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(when, timeZone);
        if (EstimatedWhen(report, timeZone) is { } estimate)
        {
            return estimate.ToString("MMM d, yyyy, 'about' h:mm tt", CultureInfo.InvariantCulture);
        }

        return report.WhenHasClockTime
            ? FormatWhen(local)
            : local.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
    }

    // The local time of a When read from a day part without a clock time, or null for a clock time or a date alone.
    private static DateTimeOffset? EstimatedWhen(IssueReport report, TimeZoneInfo timeZone)
    {
        if (report.When is not { } when || report.WhenHasClockTime)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(when, timeZone);
        return local.TimeOfDay == TimeSpan.Zero ? null : local;
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
