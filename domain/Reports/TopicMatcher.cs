using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Matches a message to a training topic or to an elsewhere route from the content file.</summary>
internal static class TopicMatcher
{
    /// <summary>Returns the first route whose keyword groups all match, or null.</summary>
    public static ElsewhereRoute? MatchElsewhere(string text, DeskAidContent content) =>
        content.Elsewhere.Find(route => TextSearch.MatchesAllGroups(text, route.Keywords));

    /// <summary>
    /// Returns the first training topic of <paramref name="system"/> (or of any system when it is
    /// unknown) that the text or the report's address matches, or null.
    /// </summary>
    public static TrainingTopic? MatchTraining(string text, IssueReport report, string system, DeskAidContent content)
    {
        foreach (var topic in content.Training.Topics)
        {
            if (system != SupportSystems.Unknown && topic.System != system)
            {
                continue;
            }

            if (TriggerMatches(topic, text, report) || TextSearch.MatchesAllGroups(text, topic.Keywords))
            {
                return topic;
            }
        }

        return null;
    }

    private static bool TriggerMatches(TrainingTopic topic, string text, IssueReport report)
    {
        if (topic.Triggers.Contains(TrainingTriggers.OldBookmarkAddress) && report.IsOldBookmark)
        {
            return true;
        }

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
        TextSearch.ContainsPhrase(text, "upload") || TextSearch.ContainsPhrase(text, "uploaded")
        || TextSearch.ContainsPhrase(text, "uploading") || TextSearch.ContainsPhrase(text, "uploads");
}
