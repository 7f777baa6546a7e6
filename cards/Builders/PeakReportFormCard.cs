using System.Globalization;
using HelpBot.Cards.Model;
using HelpBot.Cards.Text;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Cards.Builders;

/// <summary>
/// The PEAK report form: only the e-mail fields still missing, prefilled with what the user
/// already gave. Labels, help texts and which fields are required come from the content file.
/// </summary>
public static class PeakReportFormCard
{
    /// <summary>Input ids that differ from the <see cref="ReportFields"/> id of their field.</summary>
    public const string WhenDateInputId = "whenDate";
    public const string WhenTimeInputId = "whenTime";
    public const string TrackingNumberInputId = "trackingNumber";

    /// <summary>Longest description the form accepts, in characters.</summary>
    public const int MaxDescriptionLength = 4000;

    private const int MaxShortLength = 200;
    private const int MaxLongLength = 2000;

    /// <summary>
    /// Builds the form for <paramref name="missingFields"/> (<see cref="ReportFields"/> ids), in
    /// content order. <paramref name="timeZoneName"/> is shown with the time input, such as
    /// "Mountain Time (America/Denver)"; <paramref name="today"/> is the latest date allowed.
    /// </summary>
    public static StepCard Build(
        string promptId,
        IssueReport report,
        DeskAidContent content,
        IReadOnlyCollection<string> missingFields,
        string timeZoneName,
        DateOnly? today = null)
    {
        var composer = new CardComposer(promptId)
            .Heading("Details for the CBMS help desk")
            .Trusted("The help desk needs each of these to open a ticket. Fill in what is missing; what you already told me is filled in.")
            .Warning(content.PeakReport.PiiWarning.Text);

        var fields = content.PeakReport.EmailFields.Where(field => missingFields.Contains(field.Id));
        foreach (var field in fields)
        {
            AddField(composer, field, report, content, timeZoneName, today);
        }

        return composer
            .Buttons(composer.Submit("Continue", CardActionNames.SubmitReport))
            .Navigation(Navigation.Standard)
            .Build();
    }

    private static void AddField(
        CardComposer composer,
        EmailField field,
        IssueReport report,
        DeskAidContent content,
        string timeZoneName,
        DateOnly? today)
    {
        switch (field.Id)
        {
            case ReportFields.When:
                AddWhen(composer, field, report, timeZoneName, today);
                break;
            case ReportFields.CaseNumber:
                AddCaseNumber(composer, field, report);
                break;
            case ReportFields.Screenshot:
                AddScreenshots(composer, field, report, content);
                break;
            default:
                AddText(composer, field, Prefill(field.Id, report, content));
                break;
        }
    }

    private static void AddText(CardComposer composer, EmailField field, string? value)
    {
        var multiline = field.Id is ReportFields.Description or ReportFields.StepsTried or ReportFields.Impact;
        var maxLength = MaxShortLength;
        if (field.Id == ReportFields.Description)
        {
            maxLength = MaxDescriptionLength;
        }
        else if (multiline)
        {
            maxLength = MaxLongLength;
        }

        var input = new TextInput(field.Id, field.Question)
        {
            IsMultiline = multiline ? true : null,
            MaxLength = maxLength,
            Value = value is null ? null : CardText.Truncate(CardText.Clean(value), maxLength),
        };
        if (field.Required)
        {
            input.Required($"{field.Heading} is needed for a help-desk ticket.");
        }

        composer.Input(input, string.Empty).TrustedNote(field.HelpText);
    }

    private static void AddWhen(CardComposer composer, EmailField field, IssueReport report, string timeZoneName, DateOnly? today)
    {
        var date = new DateInput(WhenDateInputId, field.Question)
        {
            Value = report.When?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Max = today?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var time = new TimeInput(WhenTimeInputId, $"Time, in {timeZoneName}")
        {
            Value = report.WhenHasClockTime ? report.When?.ToString("HH:mm", CultureInfo.InvariantCulture) : null,
        };
        if (field.Required)
        {
            date.IsRequired = true;
            date.ErrorMessage = "Enter the date the problem happened.";
            time.IsRequired = true;
            time.ErrorMessage = "Enter the time the problem happened, even if approximate.";
        }

        composer
            .Input(date, "type a date such as 2026-03-14 or \"yesterday\"")
            .Input(time, "type a time such as 2:30 pm")
            .TrustedNote(field.HelpText);
    }

    private static void AddCaseNumber(CardComposer composer, EmailField field, IssueReport report)
    {
        var caseNumber = new TextInput(ReportFields.CaseNumber, field.Question)
        {
            Placeholder = "1B00000",
            MaxLength = 40,
            Value = report.CaseNumber,
        };
        var tracking = new TextInput(TrackingNumberInputId, "No case number yet? Tracking or authorization number")
        {
            MaxLength = 40,
            Value = report.TrackingNumber,
        };
        composer
            .Input(caseNumber, "CBMS case numbers start with 1B")
            .Input(tracking, "only when the application has no case number yet")
            .TrustedNote(field.HelpText);
    }

    private static void AddScreenshots(CardComposer composer, EmailField field, IssueReport report, DeskAidContent content)
    {
        var screenshots = new ChoiceSetInput(ReportFields.Screenshot, field.Question)
        {
            Style = ChoiceInputStyles.Expanded,
            Value = ScreenshotPrefill(report),
        }
            .WithChoice("I will attach screenshots to the e-mail", CardChoices.WillUpload)
            .WithChoice("There are no screenshots", CardChoices.None);
        if (field.Required)
        {
            screenshots.Required("Say whether you will attach screenshots.");
        }

        composer
            .Input(screenshots, "type \"attach\" or \"none\"")
            .TrustedNote(field.HelpText)
            .TrustedBullets(content.PeakReport.ScreenshotPiiOptions.Select(option => option.Text));
    }

    private static string? ScreenshotPrefill(IssueReport report)
    {
        if (report.Screenshots.Count > 0)
        {
            return CardChoices.WillUpload;
        }

        return report.NoScreenshots ? CardChoices.None : null;
    }

    private static string? Prefill(string fieldId, IssueReport report, DeskAidContent content) => fieldId switch
    {
        ReportFields.Description => report.Description,
        ReportFields.Username => report.Username,
        ReportFields.Page => report.Page ?? report.PageSuggestion,
        ReportFields.Impact => report.Impact,
        ReportFields.StepsTried => StepsTriedText(report, content),
        ReportFields.Os => report.Os,
        ReportFields.Device => report.Device,
        ReportFields.Browser => report.Browser,
        ReportFields.ErrorMessage => report.ErrorMessage,
        _ => null,
    };

    /// <summary>Returns the tips tried (by title) and the other steps, one per line; null when there are none.</summary>
    internal static string? StepsTriedText(IssueReport report, DeskAidContent content)
    {
        var tips = report.TipsTried
            .Select(id => content.Tips.Find(tip => tip.Id == id)?.Title)
            .OfType<string>();
        var lines = tips.Concat(report.StepsTried).Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
