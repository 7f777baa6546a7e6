using System.Buffers;
using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Blanks the values typed after a password cue ("password is Tulip-Fake-4417", "pw: x9!k"), so the readers of
/// error codes, numbers and user names never copy part of a password into another field. Only values with a
/// digit or a symbol are blanked: a plain word after "password" ("password reset") is what the readers of
/// steps and topics need. Blanks keep every offset of the text.
/// </summary>
internal static partial class PasswordValues
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Returns <paramref name="text"/> with each password value replaced by spaces of the same length.</summary>
    public static string Blank(string text)
    {
        char[]? blanked = null;
        foreach (Match match in CuedValue().Matches(text))
        {
            var value = match.Groups["value"];
            if (!value.ValueSpan.ContainsAnyExcept(Letters))
            {
                continue;
            }

            blanked ??= text.ToCharArray();
            blanked.AsSpan(value.Index, value.Length).Fill(' ');
        }

        return blanked is null ? text : new string(blanked);
    }

    // A password cue, an optional "is", "was" or "of", an optional ":" or "=", then the value up to the next
    // space. A sentence's closing punctuation is left out of the value.
    [GeneratedRegex(@"\b(?:password|passcode|passwd|pwd|pw)\b(?:[ \t]+(?:is|was|of))?[ \t]*[:=]?[ \t]*(?<value>\S+?)(?=[.,;!?]*(?:\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CuedValue();
}
