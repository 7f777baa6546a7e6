using HelpBot.Domain.Reports;
using HelpBot.Privacy;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Tells whether an answer to the user-name question looks like a password.</summary>
public static class PasswordHeuristics
{
    private static readonly string[] PasswordWords = ["password", "passcode", "passwd", "pwd", "pw:", "pin:"];

    /// <summary>
    /// Returns true when the analyzer finds a password, the text names one ("my password is ..."), the
    /// text is one password-shaped word (<see cref="LonePasswordRecognizer"/>), or a word of a sentence
    /// is shaped like a password (<see cref="FieldRules.ContainsPasswordShapedWord"/>).
    /// </summary>
    public static bool LooksLikePassword(string answer, IPiiAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (PasswordWords.Any(word => answer.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (analyzer.Analyze(answer).Any(f => f.Category == PiiCategories.Password))
        {
            return true;
        }

        return LonePasswordRecognizer.IsLonePassword(answer) || FieldRules.ContainsPasswordShapedWord(answer);
    }
}
