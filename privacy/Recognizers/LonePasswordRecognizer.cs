namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds a text that is nothing but one password-shaped word, as when a password is pasted into the chat
/// by mistake or typed at the user-name question. Such a word has 8 to 64 characters without white space
/// and mixes upper case, lower case, digits and a symbol. The symbols of user names, e-mail and web addresses,
/// times and numbers do not count, so "cbo.navigator01", "Dana.T@example.org", web addresses and error
/// codes such as "Error:ERR-123,45" are not passwords. A word inside a sentence needs a cue, which
/// <see cref="PasswordRecognizer"/> looks for.
/// </summary>
public sealed class LonePasswordRecognizer : IPiiRecognizer
{
    /// <summary>Fewest characters of a lone password.</summary>
    public const int MinLength = 8;

    /// <summary>Most characters of a lone password.</summary>
    public const int MaxLength = 64;

    private const double Score = 0.8;
    private const string PatternName = "Lone password-shaped word";

    /// <inheritdoc/>
    public string Name => nameof(LonePasswordRecognizer);

    /// <inheritdoc/>
    public string Category => PiiCategories.Password;

    /// <inheritdoc/>
    public PiiTier Tier => PiiTier.Identifier;

    /// <summary>Returns true when <paramref name="text"/>, without the white space around it, is one password-shaped word.</summary>
    public static bool IsLonePassword(ReadOnlySpan<char> text) => IsPasswordShaped(text.Trim());

    /// <inheritdoc/>
    public void Analyze(string text, ICollection<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var word = text.AsSpan().Trim();
        if (!IsPasswordShaped(word))
        {
            return;
        }

        var start = text.AsSpan().Length - text.AsSpan().TrimStart().Length;
        var explanation = new PiiExplanation(Name, PatternName, Score, Score, []);
        findings.Add(new PiiFinding(Category, Tier, start, word.Length, Score, explanation));
    }

    private static bool IsPasswordShaped(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        bool upper = false, lower = false, digit = false, symbol = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            digit |= char.IsDigit(c);
            symbol |= IsPasswordSymbol(word, i);
        }

        return upper && lower && digit && symbol;
    }

    // A symbol other than those of user names (. - _), times (:), paths (/), numbers (, and parentheses),
    // contractions (apostrophes) and e-mail addresses (an @ with a dot after it).
    private static bool IsPasswordSymbol(ReadOnlySpan<char> word, int index)
    {
        var c = word[index];
        if (char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '/' or ',' or '(' or ')' or '\'' or '’')
        {
            return false;
        }

        return c != '@' || !word[(index + 1)..].Contains('.');
    }
}
