using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

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
    // One name word: letters and combining marks, optionally joined by an apostrophe or hyphen, after
    // an optional "St." (St. Clair), and not followed by a letter or digit (not "Spring" in "Spring2025$").
    // The letter runs are atomic: a run that gives back a letter leaves a letter next, where neither an
    // apostrophe or hyphen part nor the closing lookahead can match, so backtracking into a run is wasted
    // work. The parts after an apostrophe or hyphen are not atomic: "Mary-Ann5" matches "Mary".
    private const string NameWord = @"(?:(?i:St)\.[ ]?)?\p{L}(?>[\p{L}\p{M}]*)(?:['’\-]\p{L}(?>[\p{L}\p{M}]*))*(?![\p{L}\p{M}\d])";

    // One name word that starts with an upper-case letter, after an optional "St." (St. Clair). The "St"
    // is matched in capitals only, so the scan tries upper-case letters rather than every "s" too.
    // Atomic letter runs, as in NameWord.
    private const string CapitalWord = @"(?:St\.[ ]?)?\p{Lu}(?>[\p{L}\p{M}]*)(?:['’\-]\p{L}(?>[\p{L}\p{M}]*))*(?![\p{L}\p{M}\d])";

    // CapitalWord without atomic groups, for the lookbehind of NameBeforeEmailRegex, which is matched from right to left.
    private const string CapitalWordInLookbehind = @"(?:St\.[ ]?)?\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\d])";

    // Lower-case particles inside a surname (Van der Berg, da Silva).
    private const string Particle = @"(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|bin|ibn|al|el|y)";

    // One to four capitalized name words on one line, with particles between them.
    private const string CapitalName = CapitalWord + @"(?:[ \t]+(?:" + Particle + @"[ \t]+)*" + CapitalWord + "){0,3}";

    // CapitalName made of CapitalWordInLookbehind, for the lookbehind of NameBeforeEmailRegex.
    private const string CapitalNameInLookbehind =
        CapitalWordInLookbehind + @"(?:[ \t]+(?:" + Particle + @"[ \t]+)*" + CapitalWordInLookbehind + "){0,3}";

    // A relation word (client, son, wife, ...; any case, optional 's and comma) in a lookbehind, then one to four
    // capitalized name words (client Dana Testperson, her son, Diego).
    private const string Relation =
        @"(?<=(?i:\b(?:client|customer|applicant|patient|member|resident|consumer|son|daughter|husband|wife|spouse|mother|father|mom|dad|child|kid|parent|grandmother|grandfather|partner|boyfriend|girlfriend|brother|sister|baby|niece|nephew|guardian)(?:'s|’s)?)[ \t]*,?[ \t]+)(?<pii>"
        + CapitalName + ")";

    // Two to four capitalized words with particles between them (Dana Testperson, Grace Van der Berg).
    private const string CapitalizedPairPattern =
        @"\b(?<pii>" + CapitalWord + @"(?:[ \t]+(?:" + Particle + @"[ \t]+)*" + CapitalWord + "){1,3})";

    // One to four name words in any letter case on one line.
    private const string AnyCaseName = NameWord + @"(?:[ \t]+" + NameWord + "){0,3}";

    // The relation words of RelationRegex: the trigger of that pattern where they start a word (so not "son"
    // in "person"), and the cues its matches are searched after. Longer words that hold one ("grandmother")
    // are listed too.
    private static readonly string[] RelationCues =
    [
        "client", "customer", "applicant", "patient", "member", "resident", "consumer", "son", "daughter", "husband", "wife",
        "spouse", "mother", "father", "mom", "dad", "child", "kid", "parent", "grandmother", "grandfather", "partner",
        "boyfriend", "girlfriend", "brother", "sister", "baby", "niece", "nephew", "guardian",
    ];

    private static readonly TriggerWords RelationWords = PiiPattern.AnyWordOf(RelationCues);

    // Every cue of this pattern contains, at the start of a word, "name" (name is, name:, named), a word
    // for people (people call me), or a label word with a colon (Client:). So a match contains one of the
    // first trigger's words, and also "name", a people word or a colon.
    private static readonly string[] PeopleWords = ["people", "everyone", "everybody", "friends"];

    private static readonly PiiPattern NameCue = new("Name after a name cue", NameCueRegex(), 0.7)
    {
        Trigger = PiiPattern.AnyWordOf(["name", .. PeopleWords, "client", "customer", "applicant", "patient", "member", "resident"]),
        SecondTrigger = PiiPattern.AnyOf([":"], ["name", .. PeopleWords]),
    };

    private static readonly PiiPattern PersonIsCue = new("Name after \"client is\"", PersonIsRegex(), 0.7)
    {
        Trigger = PiiPattern.AnyWordOf("client", "customer", "applicant", "patient", "consumer"),
    };
    private static readonly PiiPattern Title = new("Name after a title", TitleRegex(), 0.7)
    {
        Trigger = PiiPattern.AnyWordOf("mr", "ms", "mx", "dr", "miss"),
    };

    private static readonly PiiPattern CapitalizedPair = new("Capitalized word pair", CapitalizedPairRegex(), 0.3)
    {
        ValueIsWholeMatch = true,
        Starts = new CapitalizedPairStarts(AnchoredCapitalizedPairRegex()),
    };

    private static readonly PiiPattern[] Patterns =
    [
        NameCue,
        PersonIsCue,
        Title,
        new("Capitalized name after a relation word", RelationRegex(), 0.6)
        {
            Trigger = RelationWords,
            ValueIsWholeMatch = true,
            Starts = new CueStarts(RelationCues, AnchoredRelationRegex()),
        },
        new("Capitalized name after a verb of contact", ContactVerbRegex(), 0.6)
        {
            Trigger = PiiPattern.AnyWordOf(
                "help", "assist", "spoke", "speaking", "talked", "met", "working", "call", "text", "email", "e-mail", "reach", "contact"),
            ValueIsWholeMatch = true,
        },
        new("Capitalized name before an e-mail address", NameBeforeEmailRegex(), 0.7) { Trigger = PiiPattern.AnyOf("@") },
        CapitalizedPair,
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
        "daughter", "husband", "wife", "spouse", "mother", "father", "child", "parent", "household", "dob", "ssn",
        "phone", "email", "e-mail", "born", "walk-in", "lives", "years old", "address",
    ];

    /// <inheritdoc/>
    protected override bool TryRefine(string text, PiiPattern pattern, ref int start, ref int length)
    {
        // A bare capitalized pair has no cue, so common words never count there. After a name cue ("name
        // is", "Client:") the words are the name whatever they are, so a lower-case common word may start it.
        var rules = pattern == CapitalizedPair ? NameWordRules.Strict
            : pattern == NameCue ? NameWordRules.AfterNameCue
            : NameWordRules.AfterCue;
        var candidate = text.AsSpan(start, length);
        var kept = NameSpan.CountLeadingNameWords(candidate, rules, out var keptLength);
        if (kept == 0 || NameSpan.IsFollowedByCounty(text, start + keptLength) || IsInsideAddress(text, start + keptLength)
            || IsStreetName(text, start, candidate[..keptLength]))
        {
            return false;
        }

        // The pair pattern has no cue, so both of its words must be name words.
        if (pattern == CapitalizedPair && kept < 2)
        {
            return false;
        }

        // "client was terminated": one lower-case word after "client is" is a verb or adjective more often
        // than a name.
        if (pattern == PersonIsCue && kept == 1 && !candidate[..keptLength].ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        length = pattern == Title ? CapitalizedPrefixLength(candidate[..keptLength]) : keptLength;
        return true;
    }

    // "Mr. Leiva flew": after a capitalized first word, the name ends at the first lower-case word that
    // is not a particle (van, de). A name typed all in lower case keeps all its words.
    private static int CapitalizedPrefixLength(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name.Length;
        }

        var end = name.IndexOfAny(' ', '\t');
        while (end > 0 && end < name.Length)
        {
            var next = end + 1;
            var wordEnd = name[next..].IndexOfAny(' ', '\t');
            var word = wordEnd < 0 ? name[next..] : name.Slice(next, wordEnd);
            if (word.Length > 0 && char.IsLower(word[0]) && !NameSpan.IsParticle(word))
            {
                return end;
            }

            end = wordEnd < 0 ? name.Length : next + wordEnd;
        }

        return name.Length;
    }

    // "4 Example Rd", "123 Main St": words after a house number that end in a street suffix are a street.
    private static bool IsStreetName(string text, int start, ReadOnlySpan<char> name)
    {
        var lastSpace = name.LastIndexOfAny(' ', '\t');
        if (lastSpace < 0 || !WordLists.IsStreetSuffix(name[(lastSpace + 1)..].TrimEnd('.')))
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd(" \t");
        var digits = before.Length - before.TrimEnd("0123456789").Length;
        return digits is > 0 and <= 6;
    }

    // Returns true when the name candidate runs into an e-mail address or host name (DANA.TEST@example.org).
    private static bool IsInsideAddress(string text, int end) =>
        end < text.Length
        && (text[end] == '@' || (text[end] is '.' or '_' or '+' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));

    // Accepts a name cue and one to four name words in any letter case. Cues: "my/his/her/their/the
    // client's (maiden, family, ...) name is", "name:" (not "user name:"), a question ending in "name?",
    // "named", "people call me" and labels such as "Client:".
    [GeneratedRegex(@"(?i:\b(?:(?:my|his|her|their|the|client'?s|customer'?s|applicant'?s|patient'?s)\s+(?:full\s+|legal\s+|first\s+|last\s+|maiden\s+|middle\s+|family\s+|given\s+)?name\s+(?:is|was)\s*:?|name(?<!user\s?name)\s*[:?]|named|(?:people|everyone|everybody|friends)\s+call\s+me|(?:client|customer|applicant|patient|member|resident)\s*:))[ \t]*(?<pii>" + AnyCaseName + ")", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NameCueRegex();

    // Accepts "client/customer/applicant/patient/consumer is (named)" and one to four name words in any
    // letter case.
    [GeneratedRegex(@"(?i:\b(?:client|customer|applicant|patient|consumer)\s+(?:is|was)\s+(?:named\s+)?)(?<pii>" + AnyCaseName + ")", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PersonIsRegex();

    // Accepts a title (Mr, Mrs, Ms, Mx, Dr, Miss; capitalized, optional dot) and one to four name words.
    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?[ \t]+(?<pii>" + AnyCaseName + ")", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TitleRegex();

    // Accepts a person or relation word (client, customer, son, wife, ...; any case, optional 's and
    // comma) and one to four capitalized name words (client Dana Testperson, her son, Diego). The cue is a
    // lookbehind, so the scan tries only capital letters instead of every letter that starts a cue.
    [GeneratedRegex(Relation, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex RelationRegex();

    // RelationRegex anchored where the scan starts, for the starts that CueStarts finds.
    [GeneratedRegex(@"\G" + Relation, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredRelationRegex();

    // Accepts a verb of helping or contacting (helping, spoke with, called, e-mailed, ...; any case) and
    // one to four capitalized name words (spoke with Dana Testperson).
    [GeneratedRegex(@"(?<=(?i:\b(?:helping|helped|assisting|assisted|spoke[ \t]+(?:with|to)|speaking[ \t]+with|talked[ \t]+(?:with|to)|met[ \t]+with|working[ \t]+with|call(?:ed)?|text(?:ed)?|e-?mail(?:ed)?|reach(?:ed)?|contact(?:ed)?))[ \t]+)(?<pii>" + CapitalName + ")", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ContactVerbRegex();

    // Accepts one to four capitalized name words followed by an e-mail address in parentheses or angle
    // brackets, as in "Dana Testperson (dana@example.org)" or "Dana Testperson <dana@example.org>". The
    // name sits in a lookbehind, so the scan jumps from one "(" or "<" to the next instead of trying
    // every capital letter.
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{M}])(?<pii>" + CapitalNameInLookbehind + @")[ \t]*)[(<][^\s()<>@]{1,64}@", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NameBeforeEmailRegex();

    // Accepts two to four capitalized words with particles between them (Dana Testperson, Grace Van der
    // Berg). Needs a context word such as "client" nearby.
    [GeneratedRegex(CapitalizedPairPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CapitalizedPairRegex();

    // CapitalizedPairRegex anchored where the scan starts, for the starts that CapitalizedPairStarts finds.
    [GeneratedRegex(@"\G" + CapitalizedPairPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredCapitalizedPairRegex();
}
