using System.Text;

namespace HelpBot.Domain.Drafts;

/// <summary>Builds <c>mailto:</c> links (RFC 6068) for e-mail drafts.</summary>
public static class MailtoLink
{
    /// <summary>Mail clients and browsers cut longer links; 2,000 characters is a common safe limit.</summary>
    public const int DefaultMaxLength = 2000;

    /// <summary>
    /// Returns <c>mailto:to?subject=...&amp;body=...</c> with every character outside the URI
    /// unreserved set percent-encoded as UTF-8 (spaces as %20, never '+'; line breaks as %0D%0A),
    /// or null when the link would be longer than <paramref name="maxLength"/>, so the caller offers
    /// the text to copy or an .eml file instead.
    /// </summary>
    public static string? Create(EmailDraft draft, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        var link = new StringBuilder("mailto:")
            .Append(Encode(draft.To, keepAt: true))
            .Append("?subject=").Append(Encode(draft.Subject, keepAt: false))
            .Append("&body=").Append(Encode(EmailDraftComposer.NormalizeLineBreaks(draft.PlainTextBody), keepAt: false));
        return link.Length <= maxLength ? link.ToString() : null;
    }

    /// <summary>Percent-encodes UTF-8 bytes outside A-Z, a-z, 0-9, '-', '.', '_', '~' (and '@' in an address).</summary>
    internal static string Encode(string value, bool keepAt)
    {
        var encoded = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var character = (char)b;
            if (char.IsAsciiLetterOrDigit(character) || character is '-' or '.' or '_' or '~' || (keepAt && character == '@'))
            {
                encoded.Append(character);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
