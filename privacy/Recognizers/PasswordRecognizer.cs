using System.Buffers;
using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds password values written after "password", "pwd", "passcode" or "pw" and "is", ":" or "=".
/// The cue word itself is not part of the finding. Values that are common words ("password is wrong")
/// are not passwords.
/// </summary>
public sealed partial class PasswordRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Value after a password cue", PasswordRegex(), 0.9) { Trigger = PiiPattern.AnyWordOf("pass", "pw") },
        new("Mixed value right after a password cue", AdjacentValueRegex(), 0.8) { Trigger = PiiPattern.AnyWordOf("pass", "pwd") },
    ];

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Creates the recognizer.</summary>
    public PasswordRecognizer()
        : base(PiiCategories.Password, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override bool TryRefine(string text, ref int start, ref int length)
    {
        // Sentence punctuation after the value is not part of it.
        while (length > 0 && text[start + length - 1] is '.' or ',' or ';' or ')')
        {
            length--;
        }

        return length >= 3;
    }

    /// <inheritdoc/>
    // A placeholder that redaction wrote in place of a password ("pw: [PASSWORD]") is no password.
    protected override bool Invalidate(ReadOnlySpan<char> value) =>
        (!value.ContainsAnyExcept(AsciiLetters) && WordLists.IsCommonWord(value)) || IsStatusWord(value)
        || value.Equals(Redaction.PiiPlaceholders.For(PiiCategories.Password), StringComparison.Ordinal);

    private static bool IsStatusWord(ReadOnlySpan<char> value) =>
        value.Equals("incorrect", StringComparison.OrdinalIgnoreCase)
        || value.Equals("invalid", StringComparison.OrdinalIgnoreCase)
        || value.Equals("locked", StringComparison.OrdinalIgnoreCase)
        || value.Equals("correct", StringComparison.OrdinalIgnoreCase)
        || value.Equals("required", StringComparison.OrdinalIgnoreCase)
        || value.Equals("valid", StringComparison.OrdinalIgnoreCase)
        || value.Equals("expired", StringComparison.OrdinalIgnoreCase)
        || value.Equals("active", StringComparison.OrdinalIgnoreCase);

    // Accepts a cue word (password, passwd, pwd, passcode, pass, pw; any case), then "is" or "was" with an
    // optional colon, or a colon or equals sign, then an optionally quoted value of 3 to 64 characters
    // with no spaces or quotes. The value is the pii group. After "pass" alone ("her pass is Hunter2!"),
    // a plain English word such as "expired" is dropped by Invalidate, as after the other cues.
    [GeneratedRegex(@"(?i:\b(?:pass\s?word|passwd|pwd|pass\s?code|pass|pw)\b)(?:\s+(?i:is|was)\s*:?|\s*[:=])\s*[""'“‘]?(?<pii>[^\s""'“”‘’]{3,64})", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PasswordRegex();

    // Accepts a cue word (password, passwd, pwd, passcode; any case) and, after white space only, a value
    // of 4 to 64 characters with no spaces or quotes that holds a letter and a digit or symbol ("the
    // password sunflower77", "Password qwerty!234"). Words such as "reset" have no digit, so "password
    // reset page" is not matched. The value is the pii group.
    [GeneratedRegex(@"(?i:\b(?:pass\s?word|passwd|pwd|pass\s?code)\b)[ \t]+(?<pii>(?=[^\s""'“”‘’]*[A-Za-z])(?=[^\s""'“”‘’]*[0-9!@#$%^&*()_+=\[\]{}<>?~\\|])[^\s""'“”‘’]{4,64})", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AdjacentValueRegex();
}
