using System.Text;

namespace HelpBot.Privacy.Redaction;

/// <summary>
/// Masks a value by replacing letters and digits with <c>*</c> and keeping separators, so
/// <c>078-05-1120</c> becomes <c>***-**-1120</c>. <see cref="MaskedTail"/> decides whether the last four
/// letters or digits stay visible. Characters are counted as Unicode scalar values, so a letter outside
/// the BMP (a surrogate pair) becomes one <c>*</c>.
/// </summary>
internal static class ValueMasker
{
    public static void AppendMasked(StringBuilder builder, ReadOnlySpan<char> value, string category)
    {
        var total = CountAlphanumeric(value);
        var visibleFrom = MaskedTail.IsShown(category, total) ? total - MaskedTail.Length : int.MaxValue;
        var seen = 0;
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in value.EnumerateRunes())
        {
            var isLetterOrDigit = Rune.IsLetterOrDigit(rune);
            if (isLetterOrDigit && seen < visibleFrom)
            {
                builder.Append('*');
            }
            else
            {
                builder.Append(buffer[..rune.EncodeToUtf16(buffer)]);
            }

            seen += isLetterOrDigit ? 1 : 0;
        }
    }

    private static int CountAlphanumeric(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                count++;
            }
        }

        return count;
    }
}
