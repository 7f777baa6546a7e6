using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds people's names after cues ("client is", "my name is", "named", "Mr.", "her son") and pairs of
/// capitalized words near such cues. Names may be in any letter case after a strong cue, and may hold
/// hyphens, apostrophes and non-English letters (José, O'Brien, Nguyen). Candidate words that are common
/// English words, system or program names (PEAK, Medicaid, Chrome) or that come before "County" end
/// the name, so "client is trying" and "Connect for Health" are not names.
/// </summary>
public sealed partial class PersonRecognizer : PatternRecognizer
{
    // One name word: letters and combining marks, optionally joined by an apostrophe or hyphen.
    private const string NameWord = @"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*";

    // One name word that starts with an upper-case letter.
    private const string CapitalWord = @"\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*";

    private static readonly PiiPattern[] Patterns =
    [
        new("Name after a strong cue", StrongCueRegex(), 0.7),
        new("Name after a title", TitleRegex(), 0.7),
        new("Capitalized name after a relation word", RelationRegex(), 0.6),
        new("Capitalized word pair", CapitalizedPairRegex(), 0.3),
    ];

    /// <summary>Creates the recognizer.</summary>
    public PersonRecognizer()
        : base(PiiCategories.Person, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
    [
        "client", "customer", "applicant", "patient", "member", "resident", "consumer", "name", "named", "son",
        "daughter", "husband", "wife", "spouse", "mother", "father", "child", "parent", "household",
    ];

    /// <inheritdoc/>
    protected override bool TryRefine(string text, ref int start, ref int length)
    {
        var kept = NameSpan.CountLeadingNameWords(text.AsSpan(start, length), out var keptLength);
        if (kept == 0 || NameSpan.IsFollowedByCounty(text, start + keptLength))
        {
            return false;
        }

        length = keptLength;
        return true;
    }

    // Accepts a strong cue and one to three name words in any letter case. Cues: "my/his/her/their/
    // the client's name is", "name:", "named", "client/customer/applicant/patient is (named)".
    [GeneratedRegex(@"(?i:\b(?:(?:my|his|her|their|the|client'?s|customer'?s|applicant'?s|patient'?s)\s+(?:full\s+|legal\s+|first\s+|last\s+)?name\s+(?:is|was)\s*:?|name\s*:|named|(?:client|customer|applicant|patient|consumer)\s+(?:is|was)\s+(?:named\s+)?))\s*(?<pii>" + NameWord + @"(?:\s+" + NameWord + "){0,2})", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex StrongCueRegex();

    // Accepts a title (Mr, Mrs, Ms, Mx, Dr, Miss; capitalized, optional dot) and one to three name words.
    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+(?<pii>" + NameWord + @"(?:\s+" + NameWord + "){0,2})", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TitleRegex();

    // Accepts a person or relation word (client, customer, son, wife, ...; any case, optional 's and
    // comma) and one to three capitalized name words (client Dana Testperson, her son, Diego).
    [GeneratedRegex(@"(?i:\b(?:client|customer|applicant|patient|member|resident|consumer|son|daughter|husband|wife|spouse|mother|father|mom|dad|child|kid|parent|grandmother|grandfather|partner|boyfriend|girlfriend|brother|sister|baby|niece|nephew|guardian)(?:'s|’s)?)\s*,?\s+(?<pii>" + CapitalWord + @"(?:\s+" + CapitalWord + "){0,2})", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex RelationRegex();

    // Accepts two capitalized words (Dana Testperson). Needs a context word such as "client" nearby.
    [GeneratedRegex(@"\b(?<pii>" + CapitalWord + @"\s+" + CapitalWord + @")\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CapitalizedPairRegex();
}
