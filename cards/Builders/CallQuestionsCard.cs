using HelpBot.Cards.Model;
using HelpBot.Cards.Text;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Cards.Builders;

/// <summary>
/// The questions the Connect for Health Colorado Service Center asks about a problem, one input
/// per item of the content's describe list (input id = the item's report field).
/// </summary>
public static class CallQuestionsCard
{
    private const int MaxLength = 2000;

    /// <summary>
    /// Builds the form. Values come from <paramref name="report"/>, then from
    /// <paramref name="reported"/> (what the web chat client reported about the computer).
    /// Mobile-only items are shown only when the report is about a phone or tablet
    /// (<see cref="IssueReport.IsAboutMobile"/>), and are optional. Then the labels name the phone or tablet.
    /// </summary>
    public static StepCard Build(string promptId, IssueReport report, DeskAidContent content, ClientEnvironment? reported = null)
    {
        var composer = new CardComposer(promptId)
            .Heading("Before you call the Service Center")
            .Trusted("The representative will ask about these. Answer them here so they are on your checklist. "
                + "Do not type the customer's personal details.");

        var mobile = report.IsAboutMobile(reported?.Device);
        foreach (var item in content.ServiceCenter.Describe.Where(item => mobile || !item.MobileOnly))
        {
            var value = Prefill(item.Field, report, reported);
            var input = new TextInput(item.Field, item.TextFor(mobile))
            {
                IsMultiline = item.Field == ReportFields.Description ? true : null,
                MaxLength = MaxLength,
                Value = value is null ? null : CardText.Truncate(CardText.Clean(value), MaxLength),
            };
            if (!item.MobileOnly)
            {
                input.Required("Answer this, or type \"not sure\".");
            }

            composer.Input(input, item.MobileOnly ? "skip if you used a computer" : string.Empty);
        }

        return composer
            .Buttons(composer.Submit("Continue", CardActionNames.SubmitCallQuestions))
            .Navigation(Navigation.Standard)
            .Build();
    }

    private static string? Prefill(string field, IssueReport report, ClientEnvironment? reported) => field switch
    {
        ReportFields.Description => report.Description,
        ReportFields.ErrorMessage => report.ErrorMessage,
        ReportFields.Os => report.Os ?? reported?.Os,
        ReportFields.Device => report.Device ?? reported?.Device,
        ReportFields.Browser => report.Browser ?? reported?.Browser,
        ReportFields.Impact => report.Impact,
        ReportFields.StepsTried => report.StepsTried.Count > 0 ? string.Join("\n", report.StepsTried) : null,
        _ => null,
    };
}
