using System.Globalization;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Drafts;

/// <summary>Plain-text forms of report values, shared by the e-mail draft and the call checklist.</summary>
internal static class ReportFormatting
{
    public const string NotProvided = "Not provided";

    /// <summary>Returns the answer for <paramref name="field"/> as text, or null when the report has none.</summary>
    public static string? Answer(IssueReport report, string field, DeskAidContent content) => field switch
    {
        ReportFields.Description => Description(report),
        ReportFields.ErrorMessage => ErrorMessage(report),
        ReportFields.Username => Blank(report.Username),
        ReportFields.Page => Blank(report.Page),
        ReportFields.When => When(report),
        ReportFields.StepsTried => Steps(report, content),
        ReportFields.Impact => Blank(report.Impact),
        ReportFields.CaseNumber => CaseNumber(report),
        ReportFields.Screenshot => Screenshots(report),
        ReportFields.Os => Blank(report.Os),
        ReportFields.Device => Device(report),
        ReportFields.Browser => Blank(report.Browser),
        _ => null,
    };

    // The device with the app used on it, such as "Android phone (MyPEAK app)".
    private static string? Device(IssueReport report)
    {
        var device = Blank(report.Device);
        var app = Blank(report.MobileApp);
        return device is null || app is null ? device : $"{device} ({app})";
    }

    // The description question requests the error text too, so its answer can contain error text that
    // the first message lacked. It is read from the description the way the first message is read.
    private static string? ErrorMessage(IssueReport report) =>
        Blank(report.ErrorMessage) ?? (Blank(report.Description) is { } description ? ProblemReader.ReadErrorMessage(description) : null);

    private static string? Description(IssueReport report)
    {
        var description = Blank(report.Description);
        var error = Blank(report.ErrorMessage);
        if (description is null || error is null || description.Contains(error, StringComparison.OrdinalIgnoreCase))
        {
            return description ?? error;
        }

        return $"{description}\r\nError message: {error}";
    }

    /// <summary>
    /// Formats the time as "2026-08-22 5:00 PM (America/Denver, daylight time)", with the zone alone where it
    /// has no daylight saving time ("(UTC)"), or the date with "time not given". A day part without a clock time ("last Friday evening") keeps its default time as "around 7:00 PM".
    /// A time that replaced a later one in the description states it, because the description still contains that one.
    /// </summary>
    public static string? When(IssueReport report)
    {
        var when = FormatWhen(report);
        return when is not null && report.WhenReplacesDescriptionTime
            ? $"{when}. This replaces the time in the description, which was later than the report."
            : when;
    }

    private static string? FormatWhen(IssueReport report)
    {
        if (report.When is not { } when)
        {
            return null;
        }

        var zone = ExtractionContext.FindTimeZone(report.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(when, zone);
        var date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!report.WhenHasClockTime)
        {
            return local.TimeOfDay == TimeSpan.Zero
                ? $"{date} (time not given)"
                : $"{date} around {local.ToString("h:mm tt", CultureInfo.InvariantCulture)} ({zone.Id}, exact time not given)";
        }

        // A zone without daylight saving time that year (UTC, America/Phoenix) has no standard time to tell apart.
        var label = !HasDaylightTime(zone, local.Year) ? zone.Id
            : zone.IsDaylightSavingTime(local) ? $"{zone.Id}, daylight time"
            : $"{zone.Id}, standard time";
        return $"{date} {local.ToString("h:mm tt", CultureInfo.InvariantCulture)} ({label})";
    }

    private static bool HasDaylightTime(TimeZoneInfo zone, int year) =>
        zone.GetUtcOffset(new DateTime(year, 1, 15, 12, 0, 0, DateTimeKind.Unspecified))
            != zone.GetUtcOffset(new DateTime(year, 7, 15, 12, 0, 0, DateTimeKind.Unspecified));

    private static string? Steps(IssueReport report, DeskAidContent content)
    {
        // An id that is not a tip of the content has no title and says nothing to the reader, so it is left out.
        var steps = report.TipsTried
            .Select(id => content.Tips.Find(tip => tip.Id == id)?.Title)
            .OfType<string>()
            .Concat(report.StepsTried)
            .ToList();
        return steps.Count == 0 ? null : string.Join("; ", steps);
    }

    // With no case number the help desk finds the account by the user name, which the draft gives
    // unless the user does not know it.
    private const string NoCaseNumberText =
        "No case number yet: the application has not been submitted and has no tracking or authorization number. The PEAK user name in this e-mail identifies the account.";

    private const string NoCaseNumberNoUsernameText =
        "No case number yet: the application has not been submitted and has no tracking or authorization number. The user does not know the PEAK user name either.";

    // The privacy review replaced or starred the user name (an e-mail address), so it no longer finds the account.
    private const string NoCaseNumberHiddenUsernameText =
        "No case number yet: the application has not been submitted and has no tracking or authorization number. " +
        "The PEAK user name was taken out of this e-mail for privacy, so it cannot identify the account: " +
        "send the e-mail encrypted with the user name in it, or give the user name by phone.";

    // A user name with a placeholder ("[EMAIL]") or masking stars. PEAK user names are assumed to contain neither.
    private static bool IsHidden(string username) => username.Contains('[', StringComparison.Ordinal) || username.Contains('*', StringComparison.Ordinal);

    private static string? CaseNumber(IssueReport report)
    {
        if (Blank(report.CaseNumber) is { } caseNumber)
        {
            return caseNumber;
        }

        if (report.CaseNumberNotKnown)
        {
            return report.Username is { } username && username != ReportAnswers.UsernameNotKnown && !IsHidden(username)
                ? "Not known to the sender. The PEAK user name in this e-mail identifies the account."
                : "Not known to the sender.";
        }

        var tracking = Blank(report.TrackingNumber);
        if (tracking is null)
        {
            if (!report.NoCaseNumber)
            {
                return null;
            }

            return report.Username switch
            {
                ReportAnswers.UsernameNotKnown => NoCaseNumberNoUsernameText,
                { } username when IsHidden(username) => NoCaseNumberHiddenUsernameText,
                _ => NoCaseNumberText,
            };
        }

        return tracking.Contains("number", StringComparison.OrdinalIgnoreCase) ? tracking : $"Tracking or authorization number {tracking}";
    }

    private static string? Screenshots(IssueReport report)
    {
        if (report.Screenshots.Count > 0)
        {
            return AttachedLine(report.Screenshots);
        }

        return report.NoScreenshots ? "No screenshot available" : null;
    }

    /// <summary>Returns the screenshots section's line that names the attached files.</summary>
    public static string AttachedLine(IEnumerable<string> names) => "Attached: " + string.Join(", ", names);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
