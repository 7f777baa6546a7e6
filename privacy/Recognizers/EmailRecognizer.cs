using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds e-mail addresses.</summary>
public sealed partial class EmailRecognizer : PatternRecognizer
{
    private const int MaxLocalPartLength = 64;

    private static readonly PiiPattern[] Patterns = [new("Email address", EmailRegex(), 0.9) { Trigger = PiiPattern.AnyOf("@") }];

    /// <summary>Creates the recognizer.</summary>
    public EmailRecognizer()
        : base(PiiCategories.Email, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override bool TryRefine(string text, ref int start, ref int length)
    {
        // The regex matches from the @; the local part is the run of local-part characters before it.
        var localStart = start;
        while (localStart > 0 && IsLocalPartChar(text[localStart - 1]))
        {
            localStart--;
        }

        var localLength = start - localStart;
        if (localLength is 0 or > MaxLocalPartLength || (localStart > 0 && char.IsLetterOrDigit(text[localStart - 1])))
        {
            return false;
        }

        length += localLength;
        start = localStart;
        return true;
    }

    private static bool IsLocalPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    // Accepts @domain.tld after a local-part character: dot-separated domain labels and a top-level
    // domain of 2 to 24 letters. TryRefine adds the local part (1 to 64 letters, digits and . _ % + -),
    // so the scan jumps from one @ to the next. Quoted local parts and IP-literal domains are not accepted.
    [GeneratedRegex(@"(?<=[A-Za-z0-9._%+\-])@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex EmailRegex();
}
