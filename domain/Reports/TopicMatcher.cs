using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Matches a message to a training topic or to an elsewhere route from the content file.</summary>
/// <remarks>
/// Keywords count only in the user's prose: never inside identifiers ("read_timeout") and never in pasted
/// log or error lines (<see cref="LogText"/>).
/// </remarks>
internal static class TopicMatcher
{
    // NOTE: a judgment, not a measured limit. The training questions the desk aid answers take one or two
    // sentences, and a longer text that contains a topic's words is read as a problem report.
    internal const int MaxTrainingQuestionWords = 100;

    /// <summary>Returns the first route whose keyword groups all match outside log lines, or null.</summary>
    public static ElsewhereRoute? MatchElsewhere(string text, DeskAidContent content)
    {
        var prose = LogText.WithoutLogLines(text);
        return content.Elsewhere.Find(route => TextSearch.MatchesAllGroupsInProse(prose, route.Keywords));
    }

    /// <summary>
    /// Returns the first training topic of <paramref name="system"/> (or of any system when it is
    /// unknown) that the text or the report's address matches, or null. The text matches only when it
    /// reads as a question: at most <see cref="MaxTrainingQuestionWords"/> words with no log or error lines.
    /// An old PEAK address matches its topic whatever the text.
    /// </summary>
    public static TrainingTopic? MatchTraining(string text, IssueReport report, string system, DeskAidContent content)
    {
        var question = ReadsAsQuestion(text);
        foreach (var topic in content.Training.Topics)
        {
            if (system != SupportSystems.Unknown && topic.System != system)
            {
                continue;
            }

            var addressMatches = topic.Triggers.Contains(TrainingTriggers.OldBookmarkAddress) && report.IsOldBookmark;
            if (addressMatches || (question && (UploadTriggerMatches(topic, text) || TextSearch.MatchesAllGroupsInProse(text, topic.Keywords))))
            {
                return topic;
            }
        }

        return null;
    }

    private static bool ReadsAsQuestion(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxTrainingQuestionWords && !LogText.Contains(text);

    private static bool UploadTriggerMatches(TrainingTopic topic, string text)
    {
        if (!MentionsUpload(text))
        {
            return false;
        }

        var tooLarge = topic.Triggers.Contains(TrainingTriggers.FileOverSizeLimit) && topic.MaxFileSizeMb is { } limit
            && ProblemReader.ReadFileSizesMb(text).Any(size => size > limit);
        var wrongType = topic.Triggers.Contains(TrainingTriggers.FileTypeNotAccepted) && topic.AcceptedFileTypes.Count > 0
            && ProblemReader.ReadFileTypes(text).Any(type => !topic.AcceptedFileTypes.Contains(type, StringComparer.OrdinalIgnoreCase));
        return tooLarge || wrongType;
    }

    private static bool MentionsUpload(string text) =>
        TextSearch.ContainsPhraseInProse(text, "upload") || TextSearch.ContainsPhraseInProse(text, "uploaded")
        || TextSearch.ContainsPhraseInProse(text, "uploading") || TextSearch.ContainsPhraseInProse(text, "uploads");
}
