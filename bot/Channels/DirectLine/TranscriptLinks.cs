using System.Text.RegularExpressions;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Redacts the encoded parts of the links in a string: the query values of <c>http://</c>,
/// <c>https://</c> and <c>mailto:</c> links and a mail link's addresses. The analyzer cannot see a
/// value in <c>SSN%20219-09-9999</c>, so each part is decoded, passed to the redaction function and
/// encoded again, so a stored link still opens. Paths, fragments and parameter names stay as sent.
/// </summary>
internal static partial class TranscriptLinks
{
    // A decoded value can contain another link (a redirect target). Deeper links stay encoded, which
    // bounds the recursion for any input.
    private const int MaxLinkDepth = 4;

    /// <summary>
    /// Returns <paramref name="text"/> with every link's decoded query values and mail addresses
    /// replaced by what <paramref name="redact"/> returns for them. <paramref name="depth"/> is the
    /// number of links that enclose <paramref name="text"/>.
    /// </summary>
    public static string RedactLinks(string text, int depth, Func<string, int, string> redact)
    {
        if (depth >= MaxLinkDepth || !text.Contains(':', StringComparison.Ordinal))
        {
            return text;
        }

        return LinkPattern().Replace(text, match => RedactLink(match.Value, value => redact(value, depth + 1)));
    }

    private static string RedactLink(string link, Func<string, string> redact)
    {
        var fragmentStart = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentStart < 0 ? "" : link[fragmentStart..];
        var main = fragmentStart < 0 ? link : link[..fragmentStart];
        var queryStart = main.IndexOf('?', StringComparison.Ordinal);
        var beforeQuery = queryStart < 0 ? main : main[..queryStart];
        var isMail = main.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        if (isMail)
        {
            // RFC 6068: the addresses before the query are percent-encoded and separated by commas.
            beforeQuery = string.Concat(beforeQuery.AsSpan(0, "mailto:".Length), RedactValue(beforeQuery["mailto:".Length..], plusIsSpace: false, redact));
        }

        if (queryStart < 0)
        {
            return beforeQuery + fragment;
        }

        // A web form encodes a space in a query as '+'; in a mail link '+' stays a plus sign (RFC 6068).
        var parameters = main[(queryStart + 1)..].Split('&');
        for (var i = 0; i < parameters.Length; i++)
        {
            var valueStart = parameters[i].IndexOf('=', StringComparison.Ordinal) + 1;
            parameters[i] = string.Concat(parameters[i].AsSpan(0, valueStart), RedactValue(parameters[i][valueStart..], plusIsSpace: !isMail, redact));
        }

        return beforeQuery + "?" + string.Join('&', parameters) + fragment;
    }

    // Returns the encoded value unchanged when the redaction changed nothing, so the link keeps its
    // own encoding.
    private static string RedactValue(string encoded, bool plusIsSpace, Func<string, string> redact)
    {
        if (encoded.Length == 0)
        {
            return encoded;
        }

        var decoded = Uri.UnescapeDataString(plusIsSpace ? encoded.Replace('+', ' ') : encoded);
        var redacted = redact(decoded);
        if (string.Equals(redacted, decoded, StringComparison.Ordinal))
        {
            return encoded;
        }

        var reencoded = Uri.EscapeDataString(redacted);
        return plusIsSpace && encoded.Contains('+', StringComparison.Ordinal) ? reencoded.Replace("%20", "+", StringComparison.Ordinal) : reencoded;
    }

    // Matches a link up to white space, a quote, an angle bracket or the bracket that closes a
    // Markdown link, none of which a link built by the bot contains unencoded.
    [GeneratedRegex("""(?:mailto:|https?://)[^\s<>"')\]]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex LinkPattern();
}
