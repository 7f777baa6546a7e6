using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Dialogs.Conversation.Fields;

/// <summary>
/// The question for each report field. PEAK e-mail fields take their wording from the content file;
/// the Connect for Health Colorado fields that the e-mail does not have (operating system, browser)
/// are worded here, and so are the questions whose PEAK wording names PEAK or its help desk.
/// </summary>
public static class FieldQuestions
{
    private const string TypeAnswer = "Type your answer, or use the form.";

    /// <summary>
    /// Returns the question for <paramref name="field"/> in a report on <paramref name="system"/> (a
    /// <see cref="SupportSystems"/> id). Any system other than Connect for Health Colorado gets the PEAK wording.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field HelpBot asks for.</exception>
    public static FieldQuestion For(string field, DeskAidContent content, string? system = null)
    {
        var question = ForPeak(field, content);
        return system == SupportSystems.ConnectForHealth ? ForConnect(question) : question;
    }

    /// <summary>
    /// Returns the question for <paramref name="field"/> in <paramref name="report"/>. The operating-system question
    /// asks about a phone or tablet when the report notes mobile use (a device, an app, or a message that names a
    /// phone), or when the web chat client is a phone or tablet (<see cref="UserProfile.Device"/>), whose
    /// operating system prefills the question when the report has none.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field HelpBot asks for.</exception>
    public static FieldQuestion For(string field, DeskAidContent content, IssueReport report, UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(profile);
        var question = For(field, content, report.System);
        return field == ReportFields.Os && report.IsAboutMobile(profile.Device)
            ? question with { Question = "Which operating system does the phone or tablet use (for example iOS or Android)?" }
            : question;
    }

    // The Connect for Health Colorado problem goes to the Service Center, so no question names PEAK or the help desk.
    private static FieldQuestion ForConnect(FieldQuestion question) => question.Field switch
    {
        ReportFields.Description => question with
        {
            Question = "What were you trying to do in Connect for Health Colorado, and what happened? If there was an error message, what did it say?",
            HelpText = "The Service Center needs this detail to work on the problem. Say what the system is asking for.",
        },
        ReportFields.When => question with { HelpText = "The Service Center needs the date and time to find the problem in its records." },
        ReportFields.ErrorMessage => question with { HelpText = "The exact error text or code lets the Service Center find the problem." },
        _ => question with { HelpText = question.HelpText.Replace("help desk", "Service Center", StringComparison.Ordinal) },
    };

    private static FieldQuestion ForPeak(string field, DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var emailField = content.PeakReport.EmailFields.Find(f => f.Id == field);
        return field switch
        {
            ReportFields.Os => new(field, "Operating system", "Which operating system does the computer use (for example Windows or Mac)?",
                "The help desk asks for it because some problems happen only on one operating system.", TypeAnswer, false),
            ReportFields.Browser => new(field, "Browser", "Which browser were you using (for example Chrome, Edge, Firefox or Safari)?",
                "The help desk asks for it because some problems happen only in one browser.", TypeAnswer, false),
            ReportFields.ErrorMessage => new(field, "Error message", "What error message did you get? Copy the exact words or code if you can.",
                "The exact error text or code lets the help desk find the problem in its logs.", TypeAnswer, false),
            ReportFields.When => FromContent(emailField, field, "Date and time",
                "Type a date and time, such as 8/22 3:15 pm, today 7:15am or yesterday at 2pm."),
            ReportFields.CaseNumber => FromContent(emailField, field, "CBMS case number",
                "Type the case number (it starts with 1B). No case number yet? Type 'tracking' and then the tracking or authorization number, or type 'none'. Have one but not at hand? Type 'don't know'."),
            ReportFields.Username => FromContent(emailField, field, "User name",
                "Type the single sign-on or PEAK user name, or type 'don't know'."),
            ReportFields.Screenshot => FromContent(emailField, field, "Screenshots",
                "Attach the screenshot with the paper clip, or type 'none'. Type 'how do I take a screenshot' for instructions."),
            ReportFields.Description or ReportFields.StepsTried or ReportFields.Impact =>
                FromContent(emailField, field, field, TypeAnswer) with { IsMultiline = true },
            _ when emailField is not null => FromContent(emailField, field, field, TypeAnswer),
            _ => throw new ArgumentException($"HelpBot has no question for report field '{field}'.", nameof(field)),
        };
    }

    private static FieldQuestion FromContent(EmailField? emailField, string field, string fallbackLabel, string typedHint) =>
        emailField is null
            ? new(field, fallbackLabel, $"Please give the {fallbackLabel}.", "The help desk needs this to work on the problem.", typedHint, false)
            : new(field, emailField.Heading, emailField.Question, emailField.HelpText, typedHint, false);
}
