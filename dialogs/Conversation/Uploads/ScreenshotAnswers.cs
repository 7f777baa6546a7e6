using System.Text.RegularExpressions;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>
/// Checks and stores typed answers to the screenshot question against the files uploaded for the report. Uploaded
/// files stay in the report until the user removes them, so typed names are added to them, and "none" is rejected
/// with the two answers that keep or remove them.
/// </summary>
public static partial class ScreenshotAnswers
{
    // "remove files", "remove the screenshots", "drop them", "delete all files".
    [GeneratedRegex(@"^(?:please\s+)?(?:remove|drop|delete)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:files?|screenshots?|uploads?|them|it)\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RemoveFilesAnswer();

    /// <summary>
    /// Checks <paramref name="answer"/> when the report has uploaded files, and returns null when the usual checks
    /// apply. "remove files" is valid as "none", with a message that names the files taken out. A "none" answer is
    /// rejected with a message that names the files and the two answers that keep or remove them.
    /// </summary>
    public static FieldValidation? CheckAgainstUploads(ReportState state, string answer, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(answer);
        var uploaded = ReportUploads.UploadedNames(state);
        if (uploaded.Count == 0)
        {
            return null;
        }

        if (RemoveFilesAnswer().IsMatch(answer.Trim()))
        {
            return FieldValidation.Valid(ReportAnswers.NoScreenshot, Removed(uploaded));
        }

        var check = FieldRules.Validate(ReportFields.Screenshot, answer, context);
        return check.NormalizedValue == ReportAnswers.NoScreenshot ? FieldValidation.Invalid(NoneWithUploads(uploaded)) : null;
    }

    /// <summary>
    /// Stores an accepted answer. Typed names replace the names typed before and are added to the uploaded files.
    /// "none" (reached only when no file is uploaded, or by "remove files") empties the screenshots and the uploads.
    /// </summary>
    public static void Store(ReportState state, string answer, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer == ReportAnswers.NoScreenshot)
        {
            ReportAnswers.Store(state.Report, ReportFields.Screenshot, answer, timeZone);
            state.Uploads.Clear();
            return;
        }

        var names = ReportUploads.UploadedNames(state).Concat(answer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        ReportAnswers.Store(state.Report, ReportFields.Screenshot, string.Join('\n', names), timeZone);
    }

    /// <summary>Reply to "none" at the screenshot question when the report has uploaded files.</summary>
    public static string NoneWithUploads(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var them = names.Count == 1 ? "it" : "them";
        return $"The report already has {string.Join(", ", names)}, which you uploaded. Type \"keep\" to send {them} with the report, " +
            $"or \"remove files\" to take {them} out and send no screenshot.";
    }

    /// <summary>Reply to "remove files": the uploaded files named were taken out of the report.</summary>
    public static string Removed(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return $"I took {string.Join(", ", names)} out of the report, so it has no screenshot now.";
    }
}
