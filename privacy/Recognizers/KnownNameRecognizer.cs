using System.Collections.Frozen;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds people's names with no cue word: a run of capitalized words on one line that contains a given name
/// or a surname from the name lists (Words/given-names.txt, Words/surnames.txt, many languages, ordinary
/// English words left out). The finding starts at the first given name ("Hi Vinicio" gives "Vinicio"),
/// or one word before the first surname, and runs to the end of the capitalized run ("Sara Schwarz",
/// "Vanessa P. Hertzog"). Common words, program and place names, words before "County" and parts of
/// e-mail or web addresses end a run or are never part of it.
/// </summary>
public sealed partial class KnownNameRecognizer : IPiiRecognizer
{
    private const int MaxWords = 4;
    private const double GivenNameScore = 0.6;
    private const double FullNameScore = 0.75;
    private const double SurnameScore = 0.65;
    private const double SurnameAloneScore = 0.55;
    private const double InitialScore = 0.7;

    /// <inheritdoc/>
    public string Name => nameof(KnownNameRecognizer);

    /// <inheritdoc/>
    public string Category => PiiCategories.Person;

    /// <inheritdoc/>
    public PiiTier Tier => PiiTier.Identifier;

    /// <inheritdoc/>
    public void Analyze(string text, ICollection<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        Span<NameWord> run = stackalloc NameWord[MaxWords];
        var position = 0;
        while (NameWord.TryRead(text, position, out var word))
        {
            position = word.Next;
            if (!IsCandidate(text, word))
            {
                position = AddLowerCaseName(text, word, findings) ?? position;
                continue;
            }

            var count = ReadRun(text, word, run);
            position = run[count - 1].Next;
            var finding = Decide(text, run[..count]);
            if (finding is not null)
            {
                finding = ExtendOverNameList(text, finding, out var listEnd);
                position = Math.Max(position, listEnd);
                findings.Add(finding);
            }
        }
    }

    // "eva kleist": a known given name and a known surname typed in lower case, neither an English word.
    // "dana q. novak": a known given name, an initial and a word that is no common word. After a person word
    // or a verb of contact ("client dana testperson", "spoke with dana"), a known given name alone, or with a
    // word after it that is no common word. Returns where reading goes on after a finding, or null.
    private static int? AddLowerCaseName(string text, NameWord given, ICollection<PiiFinding> findings)
    {
        if (!IsLowerCaseName(text, given, WordLists.IsGivenName))
        {
            return null;
        }

        var afterCue = NameSpan.FollowsPersonCue(text, given.Start);
        var last = ReadLowerCaseSurname(text, given, afterCue);
        if (last is null && !afterCue)
        {
            return null;
        }

        var end = last?.End ?? given.End;
        var score = last is null ? GivenNameScore : SurnameScore;
        var pattern = afterCue ? "Known name in lower case after a cue" : "Known name in lower case";
        var explanation = new PiiExplanation(nameof(KnownNameRecognizer), pattern, score, score, []);
        findings.Add(new PiiFinding(PiiCategories.Person, PiiTier.Identifier, given.Start, end - given.Start, score, explanation));
        return last?.Next ?? given.Next;
    }

    // The surname after a lower-case given name: a known surname, an initial and a word, or after a cue any
    // word that is no common word. Returns its last word, or null.
    private static NameWord? ReadLowerCaseSurname(string text, NameWord given, bool afterCue)
    {
        if (!NameWord.TryRead(text, given.Next, out var surname) || !IsNameGap(text, given, surname.Start))
        {
            return null;
        }

        if (surname.End - surname.Start == 1 && char.IsLower(text[surname.Start]))
        {
            var initial = surname;
            return NameWord.TryRead(text, initial.Next, out surname) && IsLowerCaseInitialGap(text, initial, surname.Start)
                && IsLowerCaseName(text, surname, static _ => true)
                ? surname
                : null;
        }

        return IsLowerCaseName(text, surname, WordLists.IsSurname) || (afterCue && IsLowerCaseName(text, surname, static _ => true))
            ? surname
            : null;
    }

    // One space, or a dot and one space, after a lower-case initial.
    private static bool IsLowerCaseInitialGap(string text, NameWord initial, int nextStart)
    {
        var gap = text.AsSpan(initial.Next, nextStart - initial.Next);
        return gap is " " or ". ";
    }

    private static bool IsLowerCaseName(string text, NameWord word, Func<ReadOnlySpan<char>, bool> isListed)
    {
        var letters = word.In(text);
        return letters.Length >= 3 && char.IsLower(letters[0]) && isListed(letters) && !WordLists.IsNameAlsoWord(letters)
            && !WordLists.IsCommonWord(letters) && !IsInsideAddress(text, word);
    }

    // Collects the capitalized words and initials that follow first on the same line, separated by
    // spaces or tabs only. A possessive ends the run (Dana Q. Novak's Garden Notes). One or two lower-case
    // particles belong to the run when a capitalized word follows them (Grace Van der Berg, Ana de la Cruz).
    private static int ReadRun(string text, NameWord first, Span<NameWord> run)
    {
        run[0] = first;
        var count = 1;
        while (count < run.Length && run[count - 1].End == run[count - 1].Next
            && NameWord.TryRead(text, run[count - 1].Next, out var next)
            && IsNameGap(text, run[count - 1], next.Start))
        {
            if (IsCandidate(text, next) || IsInitial(text, next))
            {
                run[count++] = next;
                continue;
            }

            var particles = CountParticlesBeforeName(text, next, run.Length - count);
            if (particles == 0)
            {
                break;
            }

            for (var i = 0; i < particles; i++)
            {
                run[count++] = next;
                NameWord.TryRead(text, next.Next, out next);
            }
        }

        return count;
    }

    // Returns how many lower-case particles start at word and come before a capitalized name word on the
    // same line (one or two, and fewer than room), or 0.
    private static int CountParticlesBeforeName(string text, NameWord word, int room)
    {
        var count = 0;
        while (count < 2 && count + 1 < room && NameSpan.IsEuropeanParticle(word.In(text)) && word.End == word.Next
            && NameWord.TryRead(text, word.Next, out var next) && IsNameGap(text, word, next.Start))
        {
            count++;
            if (IsCandidate(text, next))
            {
                return count;
            }

            word = next;
        }

        return 0;
    }

    private static PiiFinding? Decide(string text, ReadOnlySpan<NameWord> run)
    {
        // A given name, a middle initial and a surname (Faina D. Yefremova) is a name whatever the words.
        if (run.Length >= 3 && IsInitial(text, run[1]) && !IsInitial(text, run[2]))
        {
            return Create(text, run, InitialScore, "Name with a middle initial");
        }

        for (var i = 0; i < run.Length; i++)
        {
            var alone = i == run.Length - 1;
            if (!NameSpan.IsEuropeanParticle(run[i].In(text)) && WordLists.IsGivenName(run[i].In(text)) && !(alone && WordLists.IsNameAlsoWord(run[i].In(text))))
            {
                return Create(text, run[i..], alone ? GivenNameScore : FullNameScore, "Known given name");
            }
        }

        for (var i = 1; i < run.Length; i++)
        {
            if (NameSpan.IsEuropeanParticle(run[i].In(text)) || !WordLists.IsSurname(run[i].In(text)))
            {
                continue;
            }

            // The given name before the surname, and before its initial (Faina D. Yefremova) or its
            // particles (Testperson van Dijk).
            var first = IsInitial(text, run[i - 1]) ? i - 2 : i - 1;
            while (first > 0 && NameSpan.IsEuropeanParticle(run[first].In(text)))
            {
                first--;
            }

            if (first >= 0)
            {
                return Create(text, run[first..], SurnameScore, "Known surname after a capitalized word");
            }
        }

        var only = run[0].In(text);
        return run.Length == 1 && WordLists.IsSurname(only) && !WordLists.IsNameAlsoWord(only)
            ? Create(text, run, SurnameAloneScore, "Known surname")
            : null;
    }

    private static PiiFinding? Create(string text, ReadOnlySpan<NameWord> words, double score, string pattern)
    {
        var start = words[0].Start;
        var end = words[^1].End;
        if (IsInitial(text, words[^1]) && words.Length > 1)
        {
            end = words[^2].End;
        }

        if (NameSpan.IsFollowedByCounty(text, end))
        {
            return null;
        }

        var explanation = new PiiExplanation(nameof(KnownNameRecognizer), pattern, score, score, []);
        return new PiiFinding(PiiCategories.Person, PiiTier.Identifier, start, end - start, score, explanation);
    }

    // A name word: title case (an upper-case letter, then at least one lower-case letter), not an
    // ordinary or program word, and not part of an e-mail or web address.
    private static bool IsCandidate(string text, NameWord word)
    {
        var letters = word.In(text);
        return letters.Length >= 2
            && char.IsUpper(letters[0])
            && HasLowerCase(letters)
            && !IsInsideAddress(text, word)
            && !WordLists.IsCommonWord(letters)
            && !WordLists.IsProperNounNotName(letters)
            && !NameSpan.IsPersonWord(letters)
            && !letters.Equals("county", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasLowerCase(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // A single capital letter, with or without a dot (the P. of Vanessa P. Hertzog); only inside a run.
    private static bool IsInitial(string text, NameWord word) =>
        word.End - word.Start == 1 && char.IsUpper(text[word.Start]);

    // Spaces or tabs between two name words, after an optional dot that ends an initial.
    private static bool IsNameGap(string text, NameWord previous, int nextStart)
    {
        var gap = text.AsSpan(previous.Next, nextStart - previous.Next);
        if (IsInitial(text, previous) && gap.Length > 0 && gap[0] == '.' && previous.Next == previous.End)
        {
            gap = gap[1..];
        }

        return gap.Length > 0 && !gap.ContainsAnyExcept(' ', '\t');
    }

    private static bool IsInsideAddress(string text, NameWord word)
    {
        var before = word.Start > 0 ? text[word.Start - 1] : ' ';
        var after = word.Next < text.Length ? text[word.Next] : ' ';
        var afterNext = word.Next + 1 < text.Length ? text[word.Next + 1] : ' ';
        return before is '@' or '.' or '/' or '_' or '\\' || char.IsDigit(before)
            || after is '@' or '_' || char.IsDigit(after)
            || (after is '.' or '/' && char.IsLetterOrDigit(afterNext) && !IsFileExtension(text, word.Next));
    }

    // A dot and a file type people upload that ends the word ("screen Dana Testperson.png"), so the
    // word before it is a file name's last word, not part of a host name.
    private static bool IsFileExtension(string text, int dot)
    {
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        var followed = end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '@' or '.' or '/' or '_' or '-');
        return text[dot] == '.' && followed && FileExtensions.Contains(text.AsSpan(dot + 1, end - dot - 1));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensions =
        new[] { "png", "jpg", "jpeg", "gif", "bmp", "webp", "heic", "heif", "tif", "tiff", "pdf", "doc", "docx", "txt", "rtf" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
