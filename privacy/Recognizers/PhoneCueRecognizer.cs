using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds phone numbers of any country after a phone cue ("Phone: 0490 75 40 81", "call me on
/// 01.84.17.61.18", "Desk: +41 (0)96 471 07 95", "Phone:" and a line break) or before a label
/// ("0490 75 40 81 office", "555 0100-Fax"): 6 to 15 digits with spaces, dots, dashes or
/// parentheses between them and an optional extension. The cue makes the number a phone number, so
/// unlike <see cref="PhoneNumberRecognizer"/> it does not check the number against a numbering plan;
/// the fake numbers that tests use are found too.
/// </summary>
public sealed partial class PhoneCueRecognizer : PatternRecognizer
{
    private const int MinDigits = 6;
    private const int MaxDigits = 15;

    private static readonly PiiPattern[] Patterns =
    [
        new("Phone number after a phone cue", CuedNumberRegex(), 0.65)
        {
            MinDigits = MinDigits,
            Trigger = PiiPattern.AnyWordOf(
                "phone", "mobile", "cell", "tel", "desk", "fax", "office", "call", "reach", "answering", "messages", "registered"),
        },
        new("Phone number before a phone label", LabelledNumberRegex(), 0.65)
        {
            MinDigits = MinDigits,
            Trigger = PiiPattern.AnyOf("mobile", "cell", "fax", "office"),
        },
    ];

    /// <summary>Creates the recognizer.</summary>
    public PhoneCueRecognizer()
        : base(PiiCategories.PhoneNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override bool TryRefine(string text, ref int start, ref int length)
    {
        // The value group may end in a separator or an unclosed parenthesis; the number ends at its last digit.
        while (length > 0 && !char.IsAsciiDigit(text[start + length - 1]))
        {
            length--;
        }

        return length > 0;
    }

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits is < MinDigits or > MaxDigits;
    }

    // Accepts a phone cue (phone, mobile, cell, tel, desk, fax, office, "call me on", "answering at",
    // "messages to", "registered"), an optional "number", "is" or colon, one optional line break after a
    // colon, and digits with spaces, dots, dashes or parentheses between them, a leading + and an
    // extension such as x769.
    [GeneratedRegex(@"(?i:\b(?:phone|mobile|cell|tel|telephone|desk|fax|office|call\s+(?:me\s+)?(?:on|at)|reach\s+(?:me\s+)?(?:on|at)|answering\s+at|messages\s+to|registered))\b[ \t]*(?:number[ \t]*)?(?:is[ \t]*)?(?::[ \t]*\r?\n[ \t]*|[:#]?[ \t]*)(?<pii>\+?\(?\d[\d().\-]*(?:[ ]\(?\d[\d().\-]*){0,5}(?:[ ]?x\d{1,5})?)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CuedNumberRegex();

    // Accepts digits with spaces, dots, dashes or parentheses between them and a leading +, then a
    // phone label (office, fax, mobile, cell) after a space or a dash, as the lines of a signature
    // have them.
    [GeneratedRegex(@"(?<![\w+.\-])(?<pii>\+?\(?\d[\d().\-]*(?:[ ]\(?\d[\d().\-]*){0,5})[ \t]*-?(?i:office|fax|mobile|cell)\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LabelledNumberRegex();
}
