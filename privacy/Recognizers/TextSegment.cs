using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// A stretch of the analyzed text that recognizers scan, with the facts gathered in one pass over it
/// that let a pattern skip the stretch when it cannot match there (no digits, too few digits, none of
/// its trigger strings).
/// </summary>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="DigitCount">ASCII digits in the stretch.</param>
/// <param name="LongestDigitRun">Most ASCII digits in a row in the stretch.</param>
/// <param name="DigitRuns">Bit n is set when the stretch has a run of exactly n digits (bit 63: 63 or more).</param>
internal readonly record struct TextSegment(int Start, int Length, int DigitCount, int LongestDigitRun, ulong DigitRuns)
{
    /// <summary>Index just past the stretch.</summary>
    public int End => Start + Length;

    /// <summary>Ids of the trigger strings (<see cref="TriggerTable"/>) that occur in the stretch.</summary>
    public TriggerMask Triggers { get; private init; }

    /// <summary>Number of trigger ids searched for <see cref="Triggers"/>; higher ids were not searched.</summary>
    public int TriggerIdsScanned { get; private init; }

    private static ulong RunBit(int run) => run == 0 ? 0 : 1UL << Math.Min(run, 63);

    /// <summary>
    /// Creates the stretch text[start..start+length]: counts its digits in one pass and finds its trigger
    /// strings in another.
    /// </summary>
    public static TextSegment Create(string text, int start, int length)
    {
        var digits = 0;
        var run = 0;
        var longest = 0;
        var span = text.AsSpan(start, length);
        var triggers = TriggerTable.Scan(span, out var idsScanned);
        var next = span.IndexOfAnyInRange('0', '9');
        if (next < 0)
        {
            return new TextSegment(start, length, 0, 0, 0) { Triggers = triggers, TriggerIdsScanned = idsScanned };
        }

        var runs = 0UL;
        for (var i = next; i < span.Length; i++)
        {
            if (char.IsAsciiDigit(span[i]))
            {
                digits++;
                run++;
                continue;
            }

            runs |= RunBit(run);
            longest = Math.Max(longest, run);
            run = 0;
        }

        runs |= RunBit(run);
        longest = Math.Max(longest, run);
        return new TextSegment(start, length, digits, longest, runs) { Triggers = triggers, TriggerIdsScanned = idsScanned };
    }
}
