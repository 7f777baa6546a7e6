using System.Globalization;

namespace HelpBot.Domain.Reports;

/// <summary>Validates an answer and, when it is valid, stores it in the report.</summary>
public static class ReportAnswers
{
    /// <summary>Answer to the screenshot question that means "no screenshot".</summary>
    public const string NoScreenshot = "none";

    /// <summary>Accepted answer to the case-number question when there is no case number or tracking number yet.</summary>
    public const string NoCaseNumber = "No case number yet";

    /// <summary>
    /// Format of a normalized "when" value with a date and a day part's default time but no clock time
    /// ("last Friday evening"), in the user's time zone.
    /// </summary>
    public const string EstimatedWhenFormat = "yyyy-MM-dd HH:mm";

    /// <summary>Normalized case-number value when the user does not know the case number.</summary>
    public const string CaseNumberNotKnown = "Case number not known";

    /// <summary>Accepted answer to the user-name question when the user does not know the user name.</summary>
    public const string UsernameNotKnown = "Not known (the user does not know the user name)";

    /// <summary>
    /// Validates <paramref name="value"/> for <paramref name="field"/> with <see cref="FieldRules.Validate"/>
    /// and stores the normalized value when it is valid. An invalid answer changes nothing, so
    /// nothing the user entered before is lost.
    /// </summary>
    public static FieldValidation Apply(IssueReport report, string field, string? value, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var validation = FieldRules.Validate(field, value, context, report.System);
        if (validation.IsValid)
        {
            Store(report, field, validation.NormalizedValue!, context.TimeZone);
        }

        return validation;
    }

    /// <summary>
    /// Stores the accepted, normalized <paramref name="value"/> of <paramref name="field"/>, replacing
    /// what the field held: an answer to a question is the whole answer. A date without a time is
    /// midnight in <paramref name="timeZone"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a report field, or a date is not ISO 8601.</exception>
    public static void Store(IssueReport report, string field, string value, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(timeZone);
        switch (field)
        {
            case ReportFields.Description:
                report.Description = value;
                report.DescriptionGap = null;
                break;
            case ReportFields.ErrorMessage:
                report.ErrorMessage = value;
                report.DescriptionGap = null;
                break;
            case ReportFields.Username:
                report.Username = value;
                break;
            case ReportFields.Page:
                report.Page = value;
                break;
            case ReportFields.When:
                StoreWhen(report, value, timeZone);
                break;
            case ReportFields.StepsTried:
                report.StepsTried = [value];
                break;
            case ReportFields.Impact:
                report.Impact = value;
                break;
            case ReportFields.CaseNumber:
                StoreCaseNumber(report, value);
                break;
            case ReportFields.Screenshot:
                StoreScreenshots(report, value);
                break;
            default:
                StoreEnvironment(report, field, value);
                break;
        }
    }

    private static void StoreWhen(IssueReport report, string value, TimeZoneInfo timeZone)
    {
        var hasClockTime = value.Contains('T', StringComparison.Ordinal);
        if (hasClockTime && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
        {
            report.When = when;
        }
        else if (!hasClockTime && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            report.When = DateTimeExtractor.ToMoment(date, TimeOnly.MinValue, timeZone);
        }
        else if (!hasClockTime && DateTime.TryParseExact(value, EstimatedWhenFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var estimate))
        {
            report.When = DateTimeExtractor.ToMoment(DateOnly.FromDateTime(estimate), TimeOnly.FromDateTime(estimate), timeZone);
        }
        else
        {
            throw new ArgumentException($"The accepted date is not ISO 8601: '{value}'.", nameof(value));
        }

        report.WhenHasClockTime = hasClockTime;
        report.WhenReplacesDescriptionTime |= report.WhenLaterThanNow is not null;
        report.WhenLaterThanNow = null;
        report.TimeZoneId = timeZone.Id;
    }

    private static void StoreCaseNumber(IssueReport report, string value)
    {
        report.NoCaseNumber = value == NoCaseNumber;
        report.CaseNumberNotKnown = value == CaseNumberNotKnown;
        if (report.NoCaseNumber || report.CaseNumberNotKnown)
        {
            report.CaseNumber = null;
            report.TrackingNumber = null;
            return;
        }

        if (value.StartsWith("1B", StringComparison.OrdinalIgnoreCase))
        {
            report.CaseNumber = value;
            report.TrackingNumber = null;
            return;
        }

        report.TrackingNumber = value;
        report.CaseNumber = null;
    }

    // One screenshot name per line, or NoScreenshot.
    private static void StoreScreenshots(IssueReport report, string value)
    {
        if (string.Equals(value, NoScreenshot, StringComparison.OrdinalIgnoreCase))
        {
            report.NoScreenshots = true;
            report.Screenshots = [];
            return;
        }

        report.NoScreenshots = false;
        // The same file attached twice is named once.
        report.Screenshots = [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
    }

    private static void StoreEnvironment(IssueReport report, string field, string value)
    {
        switch (field)
        {
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
}
