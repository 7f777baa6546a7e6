using HelpBot.Domain.Reports;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Tells whether an answer to the user-name question looks like a password.</summary>
public static class PasswordHeuristics
{
    private const int MinPasswordLength = 8;
    private static readonly string[] PasswordWords = ["password", "passcode", "passwd", "pwd", "pw:", "pin:"];

    /// <summary>
    /// Returns true when the analyzer finds a password, the answer names one ("my password is ..."), or
    /// the answer is one word of at least 8 characters mixing upper case, lower case, digits and a
    /// symbol other than the <c>. _ - @</c> that user names and e-mail addresses use, or a word of a sentence
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

        return IsComplexSingleWord(answer.Trim()) || FieldRules.ContainsPasswordShapedWord(answer);
    }

    private static bool IsComplexSingleWord(string word)
    {
        if (word.Length < MinPasswordLength || word.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var hasUpper = word.Any(char.IsUpper);
        var hasLower = word.Any(char.IsLower);
        var hasDigit = word.Any(char.IsDigit);
        var hasSymbol = word.Any(c => !char.IsLetterOrDigit(c) && c is not ('.' or '_' or '-' or '@'));
        return hasUpper && hasLower && hasDigit && hasSymbol;
    }
}
