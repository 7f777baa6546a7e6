using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds e-mail addresses.</summary>
public sealed partial class EmailRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Email address", EmailRegex(), 0.9)];

    /// <summary>Creates the recognizer.</summary>
    public EmailRecognizer()
        : base(PiiCategories.Email, PiiTier.Identifier, Patterns)
    {
    }

    // Accepts local@domain.tld: a local part of 1 to 64 letters, digits and . _ % + - with no letter,
    // digit or dot just before it, then dot-separated domain labels and a top-level domain of 2 to 24
    // letters. Quoted local parts and IP-literal domains are not accepted.
    [GeneratedRegex(@"(?<![\w.%+\-])[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex EmailRegex();
}
