using System.Globalization;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation.Fields;

/// <summary>Reads a report field as text (for prefilled answers and reviews) and writes an accepted answer into the report.</summary>
public static class ReportFieldValues
{
    /// <summary>Answer that means "no screenshot".</summary>
    public const string NoScreenshot = "none";

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
            ReportFields.When => report.When is { } when ? FormatWhen(TimeZoneInfo.ConvertTime(when, timeZone)) : null,
            ReportFields.Os => report.Os ?? profile.OperatingSystem,
            ReportFields.Browser => report.Browser ?? profile.Browser,
            ReportFields.Device => report.Device ?? profile.Device,
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
            ReportFields.CaseNumber => report.CaseNumber ?? report.TrackingNumber,
            ReportFields.Screenshot => report.NoScreenshots ? NoScreenshot : Join(report.Screenshots),
            ReportFields.Os => report.Os,
            ReportFields.Device => report.Device,
            ReportFields.Browser => report.Browser,
            _ => null,
        };
    }

    /// <summary>Stores the accepted, normalized <paramref name="value"/> of <paramref name="field"/> in the report.</summary>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a report field.</exception>
    public static void Write(string field, string value, IssueReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        switch (field)
        {
            case ReportFields.Description:
                report.Description = value;
                report.DescriptionGap = null;
                break;
            case ReportFields.ErrorMessage:
                report.ErrorMessage = value;
                break;
            case ReportFields.Username:
                report.Username = value;
                break;
            case ReportFields.Page:
                report.Page = value;
                break;
            case ReportFields.When:
                WriteWhen(value, report);
                break;
            case ReportFields.StepsTried:
                report.StepsTried = [value];
                break;
            case ReportFields.Impact:
                report.Impact = value;
                break;
            case ReportFields.CaseNumber:
                WriteCaseNumber(value, report);
                break;
            case ReportFields.Screenshot:
                WriteScreenshots(value, report);
                break;
            case ReportFields.Os:
                report.Os = value;
                break;
            case ReportFields.Device:
                report.Device = value;
                break;
            case ReportFields.Browser:
                report.Browser = value;
                break;
            default:
                throw new ArgumentException($"'{field}' is not a report field.", nameof(field));
        }
    }

    /// <summary>Formats a date and time the way the bot shows it, such as "Aug 22, 2026 3:15 PM".</summary>
    public static string FormatWhen(DateTimeOffset when) => when.ToString("MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);

    private static string? StepsTried(IssueReport report, DeskAidContent content)
    {
        var tips = report.TipsTried
            .Select(id => content.Tips.Find(tip => tip.Id == id)?.Title)
            .OfType<string>();
        var all = tips.Concat(report.StepsTried).ToList();
        return all.Count == 0 ? null : string.Join("; ", all);
    }

    private static void WriteWhen(string value, IssueReport report)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
        {
            throw new ArgumentException($"The accepted date and time is not ISO 8601: '{value}'.", nameof(value));
        }

        report.When = when;
        report.WhenHasClockTime = true;
    }

    private static void WriteCaseNumber(string value, IssueReport report)
    {
        if (value.StartsWith("1B", StringComparison.OrdinalIgnoreCase))
        {
            report.CaseNumber = value;
            report.TrackingNumber = null;
            return;
        }

        report.TrackingNumber = value;
        report.CaseNumber = null;
    }

    private static void WriteScreenshots(string value, IssueReport report)
    {
        if (string.Equals(value, NoScreenshot, StringComparison.OrdinalIgnoreCase))
        {
            report.NoScreenshots = true;
            report.Screenshots = [];
            return;
        }

        report.NoScreenshots = false;
        report.Screenshots = [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join("\n", values);
}
