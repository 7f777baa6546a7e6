using System.Text.RegularExpressions;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Reads error text, case and tracking numbers, the kind of problem and gaps in the description.</summary>
internal static partial class ProblemReader
{
    // Descriptions shorter than this, with no error text, do not tell the help desk what happened.
    private const int MinDescriptionWords = 5;

    // An answer that says the error text was not kept still tells what happened when it has this many
    // words besides that phrase ("After Create Account we got an error page, and logging in showed another error").
    private const int MinWordsWithoutErrorText = 12;

    private static readonly string[] s_noDetailPhrases =
    [
        "didn't write it down", "didn't write them down", "did not write it down", "did not write them down",
        "didn't save the error", "don't remember the error", "don't remember what it said", "doesn't remember what it said",
        "didn't write the error down", "did not write the error down", "didn't write the error text down", "did not write the error text down",
        "didn't write down the error", "did not write down the error", "forgot what it said", "different error each time", "different errors each time", "different error every time",
        "no idea what it said", "didn't catch the error", "didn't get a screenshot of the error",
    ];

    private static readonly string[] s_uncertainSystem = ["not sure if", "not sure whether", "don't know if", "do not know if", "don't know whether", "unsure if", "unsure whether"];

    // Error codes: ERR-12345, error 500, code 1234, error code: ABC123.
    [GeneratedRegex(@"\b(?:[A-Z]{2,6}-\d{3,8}|(?:error|code|error\s+code)\s*[:#]?\s*[A-Z]{0,4}-?\d{3,8})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ErrorCode();

    // What a page or message said: "a banner said account creation is suspended", "PEAK says the
    // upload failed". Only screens and systems count as speakers, so "the county says" is no error text.
    [GeneratedRegex(@"\b(?:it|page|screen|banner|message|error|popup|pop-up|box|site|website|system|peak|ses|app|connect\s+for\s+health)\s+(?:said|says|saying|displayed|displays|reads|read)\s+(?:that\s+)?(?<text>[^.!?\n]{6,200})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SaidText();

    // A control named right after a quote: "'apply for Medicaid' link".
    [GeneratedRegex(@"\G\s*(?:link|button|tab|menu|option|icon|checkbox|dropdown)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ControlAfter();

    // A click or tap right before a quote: "clicked the \"Submit\"", "press 'Next'".
    [GeneratedRegex(@"\b(?:click(?:s|ed|ing)?|press(?:es|ed|ing)?|tap(?:s|ped|ping)?|select(?:s|ed|ing)?|hit(?:s|ting)?)\s+(?:on\s+)?(?:the\s+)?\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClickBefore();

    // Quoted text in straight or curly quotes.
    [GeneratedRegex(@"[""“](?<text>[^""“”\n]{3,200})[""”]|(?<![\p{L}\p{N}])'(?<text>[^'\n]{3,200})'(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex QuotedText();

    // A CBMS case number: 1B and its digits, which may be typed in groups ("1B 000-00"). CaseNumbers.Read
    // decides which groups belong to the number, and the lookahead rejects a number that runs into a word.
    [GeneratedRegex(@"\b1B[ \-]?\d(?:[ \-]?\d){0,24}(?![\p{L}\p{N}_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CaseNumber();

    // Tracking or authorization number with its label: "tracking number T12345", "auth #: 55501".
    [GeneratedRegex(@"\b(?:tracking|authorization|auth)\s*(?:number|no\.?|#)?\s*(?:is\s+|:\s*)?(?<number>[A-Z0-9][A-Z0-9-]{3,19})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TrackingNumber();

    // "no case number yet", "we don't have a case number", "case number: none".
    [GeneratedRegex(@"\b" + NoValuePhrases.NoCaseNumber + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NoCaseNumberMention();

    // "no screenshot", "couldn't take a screenshot".
    [GeneratedRegex(@"\b" + NoValuePhrases.NoScreenshot + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NoScreenshotMention();

    // A file size in megabytes: "9 MB", "4.5mb".
    [GeneratedRegex(@"\b(?<size>\d+(?:\.\d+)?)\s*(?:mb|megabytes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FileSizeMb();

    // A file extension people upload (".heic", "scan.pdf") or a named format ("a Word document").
    [GeneratedRegex(@"(?<type>\.(?:heic|heif|docx?|gif|bmp|webp|jpe?g|png|tiff?|pdf|xlsx?|txt|rtf|zip))\b|\b(?<type>heic|heif|docx?|word\s+document|gif|bmp|webp)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FileType();

    // Most quoted texts and codes the error field lists; a pasted log can hold hundreds of codes.
    private const int MaxErrorParts = 5;

    /// <summary>Returns the error text or code the message quotes, or null.</summary>
    public static string? ReadErrorMessage(string text)
    {
        var parts = new List<string>();
        AddMatches(parts, QuotedText().Matches(text).Where(match => !IsControlLabel(text, match)), "text");
        AddMatches(parts, SaidText().Matches(text), "text");
        AddMatches(parts, ErrorCode().Matches(text), null);
        return parts.Count switch
        {
            0 => null,
            <= MaxErrorParts => string.Join("; ", parts),
            _ => $"{string.Join("; ", parts.Take(MaxErrorParts))}; and {parts.Count - MaxErrorParts} more in the description",
        };
    }

    // A quoted name of something on the screen is no error text: "the 'apply for Medicaid' link", "clicked
    // \"Submit\"".
    private static bool IsControlLabel(string text, Match quoted) =>
        ControlAfter().IsMatch(text, quoted.Index + quoted.Length)
        || ClickBefore().IsMatch(text.AsSpan(Math.Max(0, quoted.Index - 32), Math.Min(quoted.Index, 32)));

    // A value that another part already contains is skipped. A value that contains earlier parts, such as
    // a sentence that quotes the error ("it said 'unexpected error', another time a blank page"), takes the
    // place of the first of them and the others are dropped, so no text appears twice.
    private static void AddMatches(List<string> parts, IEnumerable<Match> matches, string? group)
    {
        foreach (Match match in matches)
        {
            var value = (group is null ? match.Value : match.Groups[group].Value).Trim();
            if (value.Length == 0 || parts.Exists(part => part.Contains(value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var first = parts.FindIndex(part => value.Contains(part, StringComparison.OrdinalIgnoreCase));
            if (first < 0)
            {
                parts.Add(value);
                continue;
            }

            parts[first] = value;
            parts.RemoveAll(part => !ReferenceEquals(part, value) && value.Contains(part, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Returns the first CBMS case number in <paramref name="text"/>, upper case without spaces or dashes
    /// ("1B 000-00" gives "1B00000"), or null. The whole text is read, however long (a pasted log), in
    /// windows (<see cref="TextWindows"/>), and a value typed as a password ("password is 1B00000") is skipped.
    /// </summary>
    public static string? ReadCaseNumber(string text) =>
        TextWindows.FindFirst(text, CaseNumber(), PasswordValues.Blank, match => CaseNumbers.Read(match.ValueSpan));

    /// <summary>
    /// Returns the first labeled tracking or authorization number with a digit in <paramref name="text"/>,
    /// upper case, or null. The whole text is read as in <see cref="ReadCaseNumber"/>.
    /// </summary>
    public static string? ReadTrackingNumber(string text) =>
        TextWindows.FindFirst(text, TrackingNumber(), PasswordValues.Blank, ReadTrackingNumber);

    private static string? ReadTrackingNumber(Match match)
    {
        var number = match.Groups["number"].Value;
        return number.Any(char.IsAsciiDigit) ? number.ToUpperInvariant() : null;
    }

    /// <summary>
    /// True when the text states that there is no case number yet, in the words the case-number
    /// question accepts. Quoted text and what a page said are error texts, so "the page says no case
    /// number found" does not count.
    /// </summary>
    public static bool MentionsNoCaseNumber(string text) => NoCaseNumberMention().IsMatch(WithoutErrorTexts(text));

    /// <summary>True when the text states that there is no screenshot, in the words the screenshot question accepts. Error texts do not count.</summary>
    public static bool MentionsNoScreenshot(string text) => NoScreenshotMention().IsMatch(WithoutErrorTexts(text));

    private static string WithoutErrorTexts(string text)
    {
        var withoutQuotes = QuotedText().Replace(text, " ");
        return SaidText().Replace(withoutQuotes, " ");
    }

    /// <summary>Returns the file sizes in megabytes the text mentions.</summary>
    public static IEnumerable<double> ReadFileSizesMb(string text) =>
        FileSizeMb().Matches(text).Select(match => double.Parse(match.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Returns file types the text mentions, lower case with a leading dot (".heic", ".docx").</summary>
    public static IEnumerable<string> ReadFileTypes(string text) =>
        FileType().Matches(text).Select(match => NormalizeFileType(match.Groups["type"].Value));

    private static string NormalizeFileType(string type)
    {
        var lower = type.ToLowerInvariant();
        return lower.StartsWith("word", StringComparison.Ordinal) ? ".docx" : lower.StartsWith('.') ? lower : "." + lower;
    }

    /// <summary>
    /// Returns why the description is not enough yet, or null: the user kept no error text, the
    /// text is too short, or it is about another system than the report's (or the user is unsure which).
    /// </summary>
    public static string? ReadDescriptionGap(string text, string? errorMessage, string system, IReadOnlyList<string> namedSystems)
    {
        if (errorMessage is null && s_noDetailPhrases.Any(phrase => Contains(text, phrase)))
        {
            return DescriptionGaps.NoErrorDetail;
        }

        var namesOther = system != SupportSystems.Unknown && namedSystems.Count > 0 && namedSystems[0] != system;
        var unsure = namedSystems.Count > 1 && s_uncertainSystem.Any(phrase => Contains(text, phrase));
        if (namesOther || unsure)
        {
            return DescriptionGaps.OtherSystem;
        }

        return errorMessage is null && CountWords(text) < MinDescriptionWords ? DescriptionGaps.TooThin : null;
    }

    private static bool Contains(string text, string phrase) => TextSearch.ContainsPhrase(text, phrase);

    /// <summary>
    /// True when the text, besides saying the error text was not kept, has enough words to tell what was
    /// done and what happened, so an answer to the description question can go without the error text.
    /// </summary>
    public static bool TellsWhatHappened(string text) => CountWordsBesides(text, s_noDetailPhrases) >= MinWordsWithoutErrorText;

    private static int CountWordsBesides(string text, string[] phrases) =>
        CountWords(phrases.Aggregate(text, (rest, phrase) => rest.Replace(phrase, " ", StringComparison.OrdinalIgnoreCase)));

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('.', ',', ';', ':', '!', '?', '"', '\''))
            .Count(word => word.Any(char.IsLetter) && !word.Contains('.', StringComparison.Ordinal));
}
