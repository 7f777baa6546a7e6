using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Which fields a report still needs, by system and kind.</summary>
/// <remarks>
/// PEAK (the help-desk e-mail): description, username, page, when, stepsTried, impact, caseNumber,
/// device (only for the app or a phone or tablet not yet named) and screenshot. A page's address
/// does not give the section, so page is asked even when the address is known. A date (or today,
/// yesterday) is enough for when. Connect for Health Colorado (the Service Center call):
/// description, when, stepsTried, os, device (same rule), browser and impact; when needs a clock
/// time. Steps tried are not asked for a notice with wrong content, where no tip applies.
/// </remarks>
public static class ReportRules
{
    private static readonly string[] s_peakOrder =
    [
        ReportFields.Description, ReportFields.Username, ReportFields.Page, ReportFields.When, ReportFields.StepsTried,
        ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Device, ReportFields.Screenshot,
    ];

    private static readonly string[] s_connectForHealthOrder =
    [
        ReportFields.Description, ReportFields.When, ReportFields.StepsTried, ReportFields.Os,
        ReportFields.Device, ReportFields.Browser, ReportFields.Impact,
    ];

    // Fields collected while the system is unknown. The bot requests the system first.
    private static readonly string[] s_commonOrder =
        [ReportFields.Description, ReportFields.When, ReportFields.StepsTried, ReportFields.Impact];

    /// <summary>Returns the fields a report on <paramref name="system"/> collects, in the order they are asked.</summary>
    public static IReadOnlyList<string> FieldsFor(string system) => system switch
    {
        SupportSystems.Peak => s_peakOrder,
        SupportSystems.ConnectForHealth => s_connectForHealthOrder,
        _ => s_commonOrder,
    };

    /// <summary>Returns the fields still to ask for, in desk-aid order; empty for training and elsewhere reports.</summary>
    public static IReadOnlyList<string> StillNeeded(IssueReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Kind != ReportKinds.Technical)
        {
            return [];
        }

        return FieldsFor(report.System).Where(field => !IsSatisfied(report, field)).ToList();
    }

    /// <summary>True when the report has an acceptable value for <paramref name="field"/> (or the field does not apply).</summary>
    public static bool IsSatisfied(IssueReport report, string field)
    {
        ArgumentNullException.ThrowIfNull(report);
        return field switch
        {
            ReportFields.Description => HasText(report.Description) && report.DescriptionGap is null,
            ReportFields.Username => HasText(report.Username),
            ReportFields.Page => HasText(report.Page),
            ReportFields.When => report.When is not null && (report.System != SupportSystems.ConnectForHealth || report.WhenHasClockTime),
            ReportFields.StepsTried => report.HasStepsTried || report.ErrorCategory == ErrorCategories.NoticeContent,
            ReportFields.Impact => HasText(report.Impact),
            ReportFields.CaseNumber => HasText(report.CaseNumber) || HasText(report.TrackingNumber) || report.NoCaseNumber || report.CaseNumberNotKnown,
            ReportFields.Screenshot => report.Screenshots.Count > 0 || report.NoScreenshots,
            ReportFields.Os => HasText(report.Os),
            ReportFields.Device => !report.MobileIndicated || HasText(report.Device),
            ReportFields.Browser => HasText(report.Browser),
            ReportFields.ErrorMessage => HasText(report.ErrorMessage),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a report field id."),
        };
    }

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);
}
