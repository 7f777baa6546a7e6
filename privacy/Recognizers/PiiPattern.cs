using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// A named regex and the score a match gets before context and validation. When the regex has a group
/// named <c>pii</c>, only that group is the finding; the rest of the match is a cue such as "DOB:".
/// The optional trigger and digit minimums are cheap tests that let the analyzer skip the regex on a
/// stretch of text where it cannot match. They must never reject a stretch the regex would match.
/// </summary>
/// <param name="Name">Human-readable pattern name shown in explanations.</param>
/// <param name="Regex">The regex; it must have a match timeout.</param>
/// <param name="Score">Score from 0 to 1.</param>
public sealed record PiiPattern(string Name, Regex Regex, double Score)
{
    /// <summary>Name of the regex group that holds the value when the match also holds a cue.</summary>
    public const string ValueGroup = "pii";

    /// <summary>
    /// Strings, compared case-insensitively, of which every match contains at least one (its cue words or
    /// a required character such as "@"); null when a match needs none.
    /// </summary>
    public TriggerWords? Trigger { get; init; }

    /// <summary>
    /// Strings of which every match also contains at least one, tested besides <see cref="Trigger"/>, or null
    /// when there is no second test. Two triggers express "a cue word and a colon" besides cues that need
    /// neither: (A or L) and (A or C) is true exactly when A is, or L and C both are.
    /// </summary>
    public TriggerWords? SecondTrigger { get; init; }

    /// <summary>True when the regex has the <see cref="ValueGroup"/> group.</summary>
    internal bool HasValueGroup { get; } = Regex.GroupNumberFromName(ValueGroup) >= 0;

    /// <summary>
    /// True when the <see cref="ValueGroup"/> group always spans the whole match (the cue, if any, is in a
    /// lookbehind), so the analyzer takes the match as the value without reading the group.
    /// </summary>
    public bool ValueIsWholeMatch { get; init; }

    /// <summary>Finds where matches may start, so the regex runs anchored there; null when the regex scans the whole segment.</summary>
    internal MatchStarts? Starts { get; init; }

    /// <summary>Fewest ASCII digits a match contains.</summary>
    public int MinDigits { get; init; }

    /// <summary>Fewest ASCII digits in a row a match contains.</summary>
    public int MinDigitRun { get; init; }

    /// <summary>
    /// Run lengths (a <see cref="DigitRuns"/> mask) of which every match contains at least one as a whole run,
    /// such as 9 for nine digits with no digit around them; 0 when a match needs none.
    /// </summary>
    public ulong AnyDigitRun { get; init; }

    /// <summary>Run lengths (a <see cref="DigitRuns"/> mask) that every match contains, each as a whole run.</summary>
    public ulong AllDigitRuns { get; init; }

    /// <summary>Returns a trigger that fires on any of <paramref name="values"/>, ignoring case.</summary>
    public static TriggerWords AnyOf(params string[] values) => new(values);

    /// <summary>
    /// Returns a trigger that fires on any of <paramref name="words"/> where it starts a word (no letter or
    /// digit before it), ignoring case. Use it when the regex has a word boundary before each of them.
    /// </summary>
    public static TriggerWords AnyWordOf(params string[] words) => new([.. words.Select(w => new TriggerString(w, AtWordStart: true))]);

    /// <summary>
    /// Returns a trigger that fires on any of <paramref name="words"/> where it is a whole word (no letter or
    /// digit on either side), ignoring case. Use it when the regex has a word boundary on both sides.
    /// </summary>
    public static TriggerWords AnyWholeWordOf(params string[] words) =>
        new([.. words.Select(w => new TriggerString(w, AtWordStart: true, AtWordEnd: true))]);

    /// <summary>Returns a trigger that fires on any of <paramref name="strings"/>, each with its own word-start and word-end rule.</summary>
    internal static TriggerWords AnyOf(params TriggerString[] strings) => new(strings);

    /// <summary>Returns a trigger that fires on any of <paramref name="anywhere"/>, or on any of <paramref name="atWordStart"/> where it starts a word.</summary>
    public static TriggerWords AnyOf(string[] anywhere, string[] atWordStart) =>
        new([.. anywhere.Select(v => new TriggerString(v, AtWordStart: false)), .. atWordStart.Select(w => new TriggerString(w, AtWordStart: true))]);

    /// <summary>Returns false when the pattern cannot match in <paramref name="segment"/> of <paramref name="text"/>.</summary>
    internal bool CanMatch(string text, in TextSegment segment) =>
        segment.DigitCount >= MinDigits
        && segment.LongestDigitRun >= MinDigitRun
        && (AnyDigitRun == 0 || (segment.DigitRuns & AnyDigitRun) != 0)
        && (segment.DigitRuns & AllDigitRuns) == AllDigitRuns
        && (Trigger is null || Trigger.OccursIn(text, segment))
        && (SecondTrigger is null || SecondTrigger.OccursIn(text, segment));
}
