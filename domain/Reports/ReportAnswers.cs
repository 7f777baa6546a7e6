using System.Globalization;

namespace HelpBot.Domain.Reports;

/// <summary>Validates an answer and, when it is valid, stores it in the report.</summary>
public static class ReportAnswers
{
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
            Store(report, field, validation.NormalizedValue!, context);
        }

        return validation;
    }

    private static void Store(IssueReport report, string field, string value, ExtractionContext context)
    {
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
                StoreWhen(report, value, context);
                break;
            case ReportFields.StepsTried:
                report.StepsTried.Add(value);
                break;
            case ReportFields.Impact:
                report.Impact = value;
                break;
            case ReportFields.CaseNumber:
                StoreCaseNumber(report, value);
                break;
            case ReportFields.Screenshot:
                StoreScreenshot(report, value);
                break;
            default:
                StoreEnvironment(report, field, value);
                break;
        }
    }

    private static void StoreWhen(IssueReport report, string value, ExtractionContext context)
    {
        var hasClockTime = value.Contains('T', StringComparison.Ordinal);
        report.When = hasClockTime
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture)
            : DateTimeExtractor.ToMoment(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeOnly.MinValue, context.TimeZone);
        report.WhenHasClockTime = hasClockTime;
        report.TimeZoneId = context.TimeZone.Id;
    }

    private static void StoreCaseNumber(IssueReport report, string value)
    {
        if (value.StartsWith("1B", StringComparison.Ordinal))
        {
            report.CaseNumber = value;
            return;
        }

        report.TrackingNumber = value;
    }

    private static void StoreScreenshot(IssueReport report, string value)
    {
        if (value == "none")
        {
            report.NoScreenshots = true;
            return;
        }

        report.Screenshots.Add(value);
        report.NoScreenshots = false;
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
        }
    }
}
