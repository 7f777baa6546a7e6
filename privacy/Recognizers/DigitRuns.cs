namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Masks of digit-run lengths for <see cref="PiiPattern.AnyDigitRun"/> and <see cref="PiiPattern.AllDigitRuns"/>:
/// bit n stands for a run of exactly n ASCII digits with no digit on either side.
/// </summary>
public static class DigitRuns
{
    /// <summary>Returns the mask of the given run lengths (1 to 62).</summary>
    public static ulong Of(params int[] lengths)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var mask = 0UL;
        foreach (var length in lengths)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 62);
            mask |= 1UL << length;
        }

        return mask;
    }

    /// <summary>Returns the mask of the run lengths from <paramref name="shortest"/> to <paramref name="longest"/>.</summary>
    public static ulong Between(int shortest, int longest) =>
        Of(Enumerable.Range(shortest, longest - shortest + 1).ToArray());
}
