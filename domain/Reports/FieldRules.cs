using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Checks one answer to a report question and returns a plain-sentence message on what to fix.</summary>
public static partial class FieldRules
{
    /// <summary>Longest answer accepted for any field.</summary>
    public const int MaxAnswerLength = 4000;

    // CBMS case numbers: 1B followed by digits, spaces and dashes ignored.
    [GeneratedRegex(@"^1B\d{4,10}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CaseNumberFormat();

    // "tracking 12345", "authorization number: A-5501": the alternative when there is no case number yet.
    [GeneratedRegex(@"^(?<label>tracking|authorization|auth)\s*(?:number|no\.?|#)?\s*:?\s*(?<number>[A-Z0-9][A-Z0-9-]{3,19})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TrackingAnswer();

    // An answer that says there is no case number yet: "none", "no case number yet, it's a new application",
    // "not submitted yet", "we don't have one", and every NoValuePhrases.NoCaseNumber phrase after up to
    // three words ("the client doesn't have a case number"). A number in the answer means it is not this.
    [GeneratedRegex(@"^(?:(?:none|n/?a|no(?!\s+idea\b)|nope|not\s+yet)\b|no\s+(?:cbms\s+)?(?:case|number|case\s+number|case\s+#)\b|(?:we\s+|i\s+)?(?:don'?t|do\s+not)\s+have\s+(?:one|a\s+case|a\s+number|any)\b|(?:it'?s\s+|this\s+is\s+)?(?:a\s+)?new\s+application\b|(?:the\s+application\s+(?:was|has)\s+)?not\s+(?:been\s+)?submitted\b|there\s+is\s+(?:no|none)\b|(?:[\p{L}'’]+\s+){0,3}" + NoValuePhrases.NoCaseNumber + @")[^0-9]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NoCaseNumberAnswer();

    // An answer that says there is no screenshot: "we don't have a screenshot", "couldn't take a screenshot, sorry".
    [GeneratedRegex(@"^(?:[\p{L}'’]+\s+){0,3}" + NoValuePhrases.NoScreenshot + @"\b[^\n]{0,100}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NoScreenshotAnswer();

    // Matches a reply stating that the value (a user name, a case number) is not known: "don't know", "I
    // don't know it, the facility staff set it up", "not sure", "unknown". Up to three words may come before
    // the phrase ("sorry, I don't know").
    [GeneratedRegex(@"^(?:[\p{L}'’,]+\s+){0,3}" + NoValuePhrases.NotKnown + @"\b[^\n]{0,200}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NotKnownAnswer();

    // Hours and minutes as typed in a time ("2:15", "25:99"), not part of a longer number or a date.
    [GeneratedRegex(@"(?<![\d:])(?<hours>\d{1,2}):(?<minutes>\d{2})(?![\d:])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClockTime();

    // A file name with an extension ("income page.png", "letter [NAME].pdf"), or the name the bot gives an
    // upload without one ("Screenshot 2").
    [GeneratedRegex(@"^(?:[^\n]{1,200}\.[A-Za-z0-9]{2,5}|Screenshot \d{1,3})$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ScreenshotName();

    // Nine digits grouped 3-2-4 with hyphens or spaces, the way Social Security numbers are written, not part
    // of a longer number.
    [GeneratedRegex(@"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SocialSecurityShape();

    // Ten digits grouped 3-3-4, with an optional leading 1 and an area code in brackets, the way US phone
    // numbers are written, not part of a longer number.
    [GeneratedRegex(@"(?<![\d-])(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d-])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PhoneShape();

    // Nine digits, or ten digits with an optional leading 1, not part of a longer number or word: a Social Security
    // or phone number typed without separators. Only the user-name question rejects it, because a tracking number
    // may look the same.
    [GeneratedRegex(@"(?<![\w-])(?:(?<ssn>\d{9})|(?<phone>1?\d{10}))(?![\w-])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BarePersonalNumber();

    // An answer saying there is no value: "none", "n/a", "na", "not applicable", "nothing", "no user name", alone or
    // before a clause that explains it ("none, the client never set one up").
    [GeneratedRegex(@"^(?:none|n/?a|not\s+applicable|nothing|no\s+(?:user\s?name|login|account))(?:[.!]|\s*[,;:\-]\s*[^\n]*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NoValueAnswer();

    // A plain e-mail address.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EmailAddress();

    // Words that introduce a password: "password", "pw:", "pwd".
    [GeneratedRegex(@"\b(?:password|passcode|pw|pwd|pass)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PasswordWord();

    // "tomorrow" in a reply about when something happened. The date reader skips it, as a plan or a deadline.
    [GeneratedRegex(@"\btomorrow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TomorrowWord();

    /// <summary>
    /// Validates <paramref name="value"/> as the answer for <paramref name="field"/> (a
    /// <see cref="ReportFields"/> id). <paramref name="system"/>, when known, applies its rules
    /// (Connect for Health Colorado needs a clock time for when).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not a report field id.</exception>
    public static FieldValidation Validate(string field, string? value, ExtractionContext context, string? system = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return FieldValidation.Invalid("The answer is empty. Please type an answer.", FieldFault.Incomplete);
        }

        if (trimmed.Length > MaxAnswerLength)
        {
            return FieldValidation.Invalid($"The answer is {trimmed.Length:N0} characters long; the limit is {MaxAnswerLength:N0}. Please shorten it.", FieldFault.TooLong);
        }

        // Emoji or signs alone ("😭😭😭") say nothing the help desk can use.
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return FieldValidation.Invalid("That answer has no letters or digits. Please type it in words.");
        }

        return field switch
        {
            ReportFields.Description or ReportFields.ErrorMessage => ValidateDescription(trimmed, system),
            ReportFields.Username => ValidateUsernameAnswer(trimmed),
            ReportFields.Page => RejectDateOrTime(trimmed, context, "That looks like a date or time, not a page. " + PageExample) ?? ValidatePage(trimmed),
            ReportFields.When => ValidateWhen(trimmed, context, system),
            ReportFields.CaseNumber => ValidateCaseNumber(trimmed),
            ReportFields.Screenshot => ValidateScreenshot(trimmed),
            ReportFields.Browser => ValidateEnvironment(trimmed, context, "a browser") ?? ValidateBrowser(trimmed),
            ReportFields.Os => ValidateEnvironment(trimmed, context, "an operating system") ?? ValidateOs(trimmed),
            ReportFields.Device => ValidateEnvironment(trimmed, context, "a device") ?? FieldValidation.Valid(trimmed),
            ReportFields.Impact => RejectDateOrTime(trimmed, context, "That looks like a date or time. Please say what the problem stops, for example \"can't submit the renewal\".")
                ?? ValidateImpact(trimmed),
            ReportFields.StepsTried => RejectDateOrTime(trimmed, context, "That looks like a date or time. Please say what you tried, or type 'none'.")
                ?? FieldValidation.Valid(trimmed),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a report field id."),
        };
    }

    // The messages name who works on the problem: the Service Center for Connect for Health Colorado, else the help desk.
    private static FieldValidation ValidateDescription(string value, string? system)
    {
        var contact = system == SupportSystems.ConnectForHealth ? "the Service Center" : "the help desk";
        var gap = ProblemReader.ReadDescriptionGap(value, ProblemReader.ReadErrorMessage(value), SupportSystems.Unknown, []);
        if (gap == DescriptionGaps.NoErrorDetail && ProblemReader.TellsWhatHappened(value))
        {
            // The first message is asked about once for the error text; an answer that tells what was done
            // and what happened is accepted without it, because the user may not have the text at all.
            return FieldValidation.Valid(value);
        }

        return gap switch
        {
            DescriptionGaps.NoErrorDetail => FieldValidation.Invalid(
                $"{char.ToUpperInvariant(contact[0])}{contact[1..]} needs some detail about the error. Please describe what the screen showed, even roughly, or what you were doing when it happened.",
                FieldFault.Incomplete),
            DescriptionGaps.TooThin => FieldValidation.Invalid(
                $"That is too short for {contact} to act on. Please say what you were trying to do and what happened, for example \"Clicking Submit shows 'Unexpected error'\".",
                FieldFault.Incomplete),
            _ => FieldValidation.Valid(value),
        };
    }

    /// <summary>
    /// Returns true when an answer to the user-name question names a password or is shaped like one
    /// (<see cref="ValidateUsername"/> rejects it as a password).
    /// </summary>
    public static bool LooksLikePasswordAnswer(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return PasswordWord().IsMatch(trimmed) || LooksLikePassword(UsernameReader.Read(trimmed) ?? trimmed)
            || ContainsPasswordShapedWord(trimmed);
    }

    /// <summary>
    /// Returns true when a word of <paramref name="value"/>, with the punctuation around it trimmed, is shaped
    /// like a password: at least 6 characters with a letter, a digit and a symbol that user names, e-mail
    /// addresses, times and numbers do not use. So "my user name is Spring!2026" contains one, while "Hello!",
    /// "3:30pm", "W-2" and "dana@example.org" are not.
    /// </summary>
    public static bool ContainsPasswordShapedWord(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var part in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = part.AsSpan().Trim(WordPunctuation);
            if (word.Length >= 6 && word.ContainsAnyInRange('0', '9') && HasLetter(word) && HasPasswordSymbol(word))
            {
                return true;
            }
        }

        return false;
    }

    // Sentence punctuation and brackets around a word, trimmed before its shape is read.
    private const string WordPunctuation = ".,;:!?\"'’()[]{}<>";

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var character in word)
        {
            if (char.IsLetter(character))
            {
                return true;
            }
        }

        return false;
    }

    // A symbol other than those of user names (. - _), e-mail addresses (an @ with a dot after it), times (:),
    // paths (/), numbers (, and parentheses) and contractions (apostrophes).
    private static bool HasPasswordSymbol(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var character = word[i];
            if (char.IsLetterOrDigit(character) || character is '.' or '-' or '_' or ':' or '/' or ',' or '(' or ')' or '\'' or '’')
            {
                continue;
            }

            if (character != '@' || !word[(i + 1)..].Contains('.'))
            {
                return true;
            }
        }

        return false;
    }

    // A user name the answer gives comes first, so "my user name is testuser55, I'm not sure it works"
    // is testuser55. Without one, an answer that says the user name is not known is accepted as such.
    // An answer that says there is none ("none", "n/a") counts as not known, so "none" never becomes the user name.
    // A Social Security or phone number anywhere in the answer, also as bare digits, rejects it before anything is
    // read from it.
    private static FieldValidation ValidateUsernameAnswer(string value)
    {
        if (HasPersonalNumber(value) || BarePersonalNumber().IsMatch(value))
        {
            return PersonalNumberInUsername;
        }

        if (UsernameReader.Read(value) is { } name)
        {
            return ValidateUsername(name);
        }

        return !PasswordWord().IsMatch(value) && (NotKnownAnswer().IsMatch(value) || NoValueAnswer().IsMatch(value))
            ? FieldValidation.Valid(ReportAnswers.UsernameNotKnown)
            : ValidateUsername(value);
    }

    private static readonly FieldValidation PersonalNumberInUsername = FieldValidation.Invalid(
        "That looks like a Social Security number or a phone number, not a user name, so I did not keep it. " +
        "Never share personal data here: please enter only the single sign-on or PEAK user name, or type \"don't know\" if you do not know it.",
        FieldFault.PersonalData);

    /// <summary>
    /// Returns true when <paramref name="value"/> contains a number written the way Social Security numbers
    /// (123-45-6789) or US phone numbers (303-555-0100, (303) 555-0100) are written.
    /// </summary>
    public static bool HasPersonalNumber(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SocialSecurityShape().IsMatch(value) || PhoneShape().IsMatch(value);
    }

    /// <summary>
    /// Returns each number in <paramref name="value"/> written the way Social Security numbers are written,
    /// with <c>true</c>, and each written the way US phone numbers are written, with <c>false</c>. Nine digits
    /// standing alone count as a Social Security number, and ten as a phone number.
    /// </summary>
    public static IReadOnlyList<(string Number, bool IsSocialSecurityNumber)> FindPersonalNumbers(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var numbers = new List<(string, bool)>();
        numbers.AddRange(SocialSecurityShape().Matches(value).Select(match => (match.Value, true)));
        numbers.AddRange(PhoneShape().Matches(value).Select(match => (match.Value, false)));
        foreach (Match bare in BarePersonalNumber().Matches(value))
        {
            numbers.Add(bare.Groups["ssn"].Success ? (bare.Groups["ssn"].Value, true) : (bare.Groups["phone"].Value, false));
        }

        return numbers;
    }

    /// <summary>
    /// Validates a user name: no password, no Social Security or phone number (also as bare digits), no CBMS case number (alone or
    /// inside a sentence such as "my user name is 1B00000") and no spaces. An e-mail address is accepted with a note. The case-number check
    /// comes before the spaces check, so a sentence that contains a case number gets the case-number message.
    /// </summary>
    internal static FieldValidation ValidateUsername(string value)
    {
        if (PasswordWord().IsMatch(value) || LooksLikePassword(value) || ContainsPasswordShapedWord(value))
        {
            return FieldValidation.Invalid("That looks like a password. Never share a password here or in the e-mail; please enter only the PEAK user name.");
        }

        if (HasPersonalNumber(value) || BarePersonalNumber().IsMatch(value))
        {
            return PersonalNumberInUsername;
        }

        if (IsCaseNumber(value) || ProblemReader.ReadCaseNumber(value) is not null)
        {
            return FieldValidation.Invalid(
                "That looks like a CBMS case number (1B and digits, such as 1B00000), not a user name. Please enter the PEAK user name, or type \"don't know\" if you do not know it.");
        }

        if (value.Any(char.IsWhiteSpace))
        {
            return FieldValidation.Invalid("A user name has no spaces. Please enter only the single sign-on or PEAK user name, or type \"don't know\" if you do not know it.");
        }

        return EmailAddress().IsMatch(value)
            ? FieldValidation.Valid(value, "An e-mail address works as a user name, but it is personal information, so the e-mail must be sent encrypted unless it is your own work address.")
            : FieldValidation.Valid(value);
    }

    /// <summary>
    /// True for values mixing at least three of lower case, upper case, digits and symbols with a
    /// symbol among them (user names use at most dots, dashes, underscores and @), such as "Spring!2026".
    /// </summary>
    private static bool LooksLikePassword(string value)
    {
        var hasSymbol = value.Any(character => !char.IsLetterOrDigit(character) && character is not ('.' or '-' or '_' or '@'));
        var classes = (value.Any(char.IsLower) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsDigit) ? 1 : 0) + (hasSymbol ? 1 : 0);
        return hasSymbol && classes >= 3 && !value.Any(char.IsWhiteSpace);
    }

    // An operating system alone ("Mac") at the browser question, or a browser alone at the operating-system
    // question, belongs to the other question. A value that also names the requested kind is accepted.
    // A date or time alone ("yesterday 5pm") belongs to another question. Null when the value is something else.
    private static FieldValidation? ValidateEnvironment(string value, ExtractionContext context, string kind)
    {
        var named = EnvironmentReader.ReadOs(value, anyCase: true) is not null || EnvironmentReader.ReadBrowsers(value, anyCase: true) is not null
            || EnvironmentReader.ReadDeviceMention(value) is not null;
        return named ? null : RejectDateOrTime(value, context, $"That looks like a date or time, not {kind}. Type \"don't know\" if you are not sure.");
    }

    // A date or time alone ("today 2:10 pm") answers the time question, not this one. Null when the value is something else.
    private static FieldValidation? RejectDateOrTime(string value, ExtractionContext context, string message) =>
        IsOnlyDateOrTime(value) && !DateTimeExtractor.ReadParts(value, context.Now, allowFuture: true).IsEmpty
            ? FieldValidation.Invalid(message)
            : null;

    // True when every word is a word of dates and times ("yesterday", "around", "2pm", "8/22").
    private static bool IsOnlyDateOrTime(string value) =>
        value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .All(word => DateWords.Contains(word.Trim(',', '.').ToLowerInvariant()) || word.Any(char.IsAsciiDigit));

    private static readonly HashSet<string> DateWords =
    [
        "today", "yesterday", "tonight", "this", "last", "next", "morning", "afternoon", "evening", "night", "at", "around", "about",
        "on", "since", "am", "pm", "a.m.", "p.m.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    // A web address alone names a page, not what the problem means for the client.
    // One word with a scheme or a dotted host ("peak.my.site.com/renewal") is an address; one word such as
    // "urgent" or "coverage-gap" is not, although it would parse as a host name.
    private static FieldValidation ValidateImpact(string value) =>
        !value.Any(char.IsWhiteSpace) && SystemIdentifier.ParseAddress(value) is { } address
            && (value.Contains("://", StringComparison.Ordinal) || address.IdnHost.Contains('.', StringComparison.Ordinal))
            ? FieldValidation.Invalid("That is a web address. Please say what the problem means for the client, such as a missed deadline or a gap in coverage.")
            : FieldValidation.Valid(value);

    // The question asks for a browser, so a short name in lower case ("edge") counts. An answer that names
    // no known browser gets one request to check it, and the same answer typed again is kept, because the
    // list cannot hold every browser. "Don't know" and an app ("in the MyCOBenefits app") are answers too.
    private static FieldValidation ValidateBrowser(string value)
    {
        var browser = EnvironmentReader.ReadBrowsers(value, anyCase: true);
        if (browser is null && EnvironmentReader.ReadOs(value, anyCase: true) is { } os)
        {
            return FieldValidation.Invalid($"{os} is an operating system, not a browser. Which browser was it, such as Chrome, Edge, Firefox or Safari? Type \"don't know\" if you are not sure.");
        }

        return browser is not null || NotKnownAnswer().IsMatch(value) || EnvironmentReader.ReadMobileApp(value) is not null
            ? FieldValidation.Valid(value)
            : FieldValidation.Unrecognized(
                $"That browser is not in my list. Known browsers include {ListNames(EnvironmentReader.BrowserNames)}, with or without a version " +
                "(such as \"Chrome 126\"). If your answer is right, type it again and I'll keep it as you wrote it. Type \"don't know\" if you are not sure.");
    }

    // As for the browser, and a phone or tablet ("iPhone") names its operating system.
    private static FieldValidation ValidateOs(string value)
    {
        var os = EnvironmentReader.ReadOs(value, anyCase: true) ?? EnvironmentReader.OsOfDevice(EnvironmentReader.ReadDeviceMention(value));
        if (os is null && EnvironmentReader.ReadBrowsers(value, anyCase: true) is { } browser)
        {
            return FieldValidation.Invalid($"{browser} is a browser, not an operating system. Which operating system was it, such as Windows, Mac, iOS or Android? Type \"don't know\" if you are not sure.");
        }

        return os is not null || NotKnownAnswer().IsMatch(value)
            ? FieldValidation.Valid(value)
            : FieldValidation.Unrecognized(
                $"That operating system is not in my list. Known ones include {ListNames(EnvironmentReader.OsNames)}, with or without a version " +
                "(such as \"Windows 11\"). If your answer is right, type it again and I'll keep it as you wrote it. Type \"don't know\" if you are not sure.");
    }

    // "Windows, Mac and Linux".
    private static string ListNames(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }

    private const string PageExample = "Please give the page name and the section heading, for example \"Income, Jobs section\".";

    private static FieldValidation ValidatePage(string value)
    {
        var uri = SystemIdentifier.ParseAddress(value);
        var onlyAddress = !value.Any(char.IsWhiteSpace) && uri is not null && value.Contains('/', StringComparison.Ordinal);
        return onlyAddress
            ? FieldValidation.Invalid("A web address does not show the section. " + PageExample)
            : FieldValidation.Valid(value);
    }

    // Spaces and dashes inside a case number are ignored, as the case-number question ignores them.
    private static string CompactCaseNumber(string value) =>
        string.Concat(value.Where(character => !char.IsWhiteSpace(character) && character != '-')).ToUpperInvariant();

    private static bool IsCaseNumber(string value) => CaseNumberFormat().IsMatch(CompactCaseNumber(value));

    private static FieldValidation ValidateCaseNumber(string value)
    {
        var compact = CompactCaseNumber(value);
        if (CaseNumberFormat().IsMatch(compact))
        {
            return FieldValidation.Valid(compact);
        }

        // The case number is not checked by the privacy review, so a personal number typed as a tracking
        // number ("tracking 123-45-6789") is rejected here.
        if (HasPersonalNumber(value))
        {
            return FieldValidation.Invalid(
                "That looks like a Social Security number or a phone number, not a case, tracking or authorization number, so I did not keep it. " +
                "Please enter only the case number, such as 1B00000, or type \"tracking\" and the tracking number.",
                FieldFault.PersonalData);
        }

        var tracking = TrackingAnswer().Match(value);
        if (tracking.Success)
        {
            var label = tracking.Groups["label"].Value.StartsWith("track", StringComparison.OrdinalIgnoreCase) ? "Tracking" : "Authorization";
            return FieldValidation.Valid($"{label} number {tracking.Groups["number"].Value.ToUpperInvariant()}");
        }

        if (NoCaseNumberAnswer().IsMatch(value))
        {
            return FieldValidation.Valid(ReportAnswers.NoCaseNumber);
        }

        // "don't know" is checked after "no case number yet", which some not-known phrases are part of.
        if (NotKnownAnswer().IsMatch(value) && !value.Any(char.IsAsciiDigit))
        {
            return FieldValidation.Valid(ReportAnswers.CaseNumberNotKnown);
        }

        return FieldValidation.Invalid(
            "I could not read a case number in that. A CBMS case number starts with 1B, such as 1B00000. If the application has not been submitted yet, " +
            "type \"tracking\" and the tracking or authorization number, for example \"tracking 12345\". If there is no number at all yet, type \"none\"; " +
            "if there is one but you don't have it, type \"don't know\".");
    }

    // Typed text names the files the user attaches in the mail app, one per line, and the draft lists them
    // as attached. So a sentence ("I'll email it separately") is rejected rather than listed.
    private static FieldValidation ValidateScreenshot(string value)
    {
        if (value.ToLowerInvariant() is "none" or "no" or "n/a" || NoScreenshotAnswer().IsMatch(value))
        {
            return FieldValidation.Valid(ReportAnswers.NoScreenshot);
        }

        var lines = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 && lines.All(line => ScreenshotName().IsMatch(line))
            ? FieldValidation.Valid(value)
            : FieldValidation.Invalid(
                "That doesn't look like a file name. Attach the screenshot with the paper clip, type its file name (such as error.png) " +
                "if you will attach it in your mail app, or type \"none\".");
    }

    /// <summary>
    /// Validates the date and time of a call, as the When field does, with a message about the call for a
    /// time in the future. The normalized value has a clock time only when the text gives one.
    /// </summary>
    public static FieldValidation ValidateCallTime(string value, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        return ValidateWhen(value.Trim(), context, system: null, happened: "you called", needsClockTime: true);
    }

    /// <summary>
    /// Validates the date and time a reply came, such as the CBMS help desk's reply to a PEAK e-mail, as
    /// <see cref="ValidateCallTime"/> does for a call.
    /// </summary>
    public static FieldValidation ValidateReplyTime(string value, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        return ValidateWhen(value.Trim(), context, system: null, happened: "the reply came", needsClockTime: true);
    }

    private static FieldValidation ValidateWhen(
        string value, ExtractionContext context, string? system, string happened = "the problem happened", bool needsClockTime = false)
    {
        // Both mistakes are named at once, so one retry fixes them.
        var impossibleDate = DateTimeExtractor.FindImpossibleDate(value, DateOnly.FromDateTime(context.Now.DateTime));
        var impossibleTime = ImpossibleClockTime(value);
        if (impossibleDate is not null || impossibleTime is not null)
        {
            var problems = new List<string>();
            if (impossibleDate is not null)
            {
                problems.Add($"{impossibleDate} is not a date on the calendar. Please give a date such as \"8/22\" or \"2026-08-22\".");
            }

            if (impossibleTime is not null)
            {
                problems.Add($"{impossibleTime} is not a time of day. Please give a time such as \"2:15 pm\" or \"14:15\".");
            }

            return FieldValidation.Invalid(string.Join(" ", problems));
        }

        // The date reader skips "tomorrow" phrases, so "tomorrow 3pm" would otherwise get "I could not read a date".
        if (TomorrowWord().IsMatch(value))
        {
            return FieldValidation.Invalid($"That is in the future (tomorrow). Please give when {happened}.");
        }

        var now = context.Now;
        var reading = ReadIsoMoment(value, context.TimeZone) ?? ReadAnswerMoment(value, now, context.TimeZone);

        if (reading is null)
        {
            // A call and the Service Center path need a clock time, so their examples all have one.
            return FieldValidation.Invalid(needsClockTime || system == SupportSystems.ConnectForHealth
                ? "I could not read a date in that. Please give a date and time, such as \"8/22 at 2:15 pm\" or \"today 9am\"."
                : "I could not read a date in that. Please give a date and time, such as \"8/22 at 2:15 pm\", \"today 9am\" or \"yesterday\".");
        }

        if (reading.Value > now)
        {
            // A day part's default time is named as an estimate: "next Monday morning" is "2026-09-07, about 9:00 AM".
            var moment = reading.HasClockTime
                ? reading.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : reading.Value.TimeOfDay == TimeSpan.Zero
                    ? reading.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : reading.Value.ToString("yyyy-MM-dd', about 'h:mm tt", CultureInfo.InvariantCulture);
            return FieldValidation.Invalid($"That is in the future ({moment} in your time zone). Please give when {happened}.");
        }

        if (system == SupportSystems.ConnectForHealth && !reading.HasClockTime)
        {
            return FieldValidation.Invalid("The Service Center needs the time as well as the date. Please add the time, such as \"8/22 at 2:15 pm\".", FieldFault.Incomplete);
        }

        // A day part without a clock time ("last Friday evening") keeps its default time as a local
        // "yyyy-MM-dd HH:mm", which the report stores as an estimate, not as a clock time.
        var normalized = reading.HasClockTime
            ? reading.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : reading.Value.TimeOfDay == TimeSpan.Zero
                ? reading.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : reading.Value.ToString(ReportAnswers.EstimatedWhenFormat, CultureInfo.InvariantCulture);
        return FieldValidation.Valid(normalized);
    }

    // Returns the first hours:minutes value in the text that is not a valid time of day ("25:99"), or null.
    private static string? ImpossibleClockTime(string value)
    {
        foreach (Match match in ClockTime().Matches(value))
        {
            if (int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture) > 23
                || int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) > 59)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a typed answer; a clock time alone means today, and nothing is moved out of the future. A
    /// day part without a clock time ("this morning") gives its default time but no clock time.
    /// </summary>
    private static DateTimeReading? ReadAnswerMoment(string value, DateTimeOffset now, TimeZoneInfo zone)
    {
        var parts = DateTimeExtractor.ReadParts(value, now, allowFuture: true);
        if (parts.IsEmpty)
        {
            return null;
        }

        var day = parts.Date ?? DateOnly.FromDateTime(now.DateTime);
        return DateTimeExtractor.Compose(parts, day, now, zone);
    }

    /// <summary>Reads ISO 8601 values from date and time inputs ("2026-08-22", "2026-08-22T14:30"), in the user's zone unless an offset is given.</summary>
    private static DateTimeReading? ReadIsoMoment(string value, TimeZoneInfo zone)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeReading(DateTimeExtractor.ToMoment(date, TimeOnly.MinValue, zone), true, false);
        }

        string[] localFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (DateTime.TryParseExact(value, localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var moment = DateTimeExtractor.ToMoment(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
            return new DateTimeReading(moment, true, true);
        }

        return DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset)
            ? new DateTimeReading(TimeZoneInfo.ConvertTime(offset, zone), true, true)
            : null;
    }
}
