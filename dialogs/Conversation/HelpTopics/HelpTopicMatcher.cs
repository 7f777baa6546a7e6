using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Domain.Content;

namespace HelpBot.Dialogs.Conversation.HelpTopics;

/// <summary>
/// Recognizes a typed question about a help topic ("what is PII", "how do I encrypt", "how to take a
/// screenshot", "which system am I in"). Only short messages count, so a problem description that
/// mentions a screenshot is not mistaken for a question about screenshots.
/// </summary>
public static class HelpTopicMatcher
{
    /// <summary>Longest message, in words, that is read as a help-topic question.</summary>
    public const int MaxWords = 10;

    private static readonly string[] QuestionStarts = ["what", "how", "which", "where", "can", "do", "is", "are", "should", "help", "tell", "show"];

    /// <summary>Returns the topic the message asks about, or null.</summary>
    public static HelpTopic? Match(string? text, DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalized = TextNormalizer.Normalize(text);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords)
        {
            return null;
        }

        var isQuestion = text!.Contains('?', StringComparison.Ordinal) || QuestionStarts.Contains(words[0]);
        foreach (var topic in content.HelpTopics)
        {
            var title = TextNormalizer.Normalize(topic.Title);
            if (normalized == title || (isQuestion && topic.Keywords.Any(k => ContainsPhrase(normalized, TextNormalizer.Normalize(k)))))
            {
                return topic;
            }
        }

        return null;
    }

    private static bool ContainsPhrase(string normalized, string phrase) =>
        phrase.Length > 0 && $" {normalized} ".Contains($" {phrase} ", StringComparison.Ordinal);
}
