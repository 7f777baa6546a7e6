using HelpBot.Domain.Reports;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Finds the identifiers in a typed answer and makes the copy of a rejected answer that a question asked
/// again may show: identifiers replaced by placeholders such as <c>[SSN]</c>, and at most
/// <see cref="MaxShownLength"/> characters.
/// </summary>
internal static class RejectedAnswers
{
    /// <summary>Maximum number of characters of a rejected answer that a reply repeats, before an ellipsis.</summary>
    public const int MaxShownLength = 200;

    /// <summary>
    /// Returns the identifiers in <paramref name="answer"/> with the placeholder of each: the analyzer's
    /// <see cref="PiiTier.Identifier"/> findings, and the Social Security and phone numbers that
    /// <see cref="FieldRules.FindPersonalNumbers"/> finds by their shape alone. Passwords are left out,
    /// because <see cref="Privacy.TypedPasswords"/> handles them.
    /// </summary>
    public static List<(string Value, string Placeholder, string Category)> FindIdentifiers(string answer, IPiiAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(analyzer);
        var found = analyzer.Analyze(answer)
            .Where(finding => finding.Tier == PiiTier.Identifier && finding.Category != PiiCategories.Password
                && finding.Offset >= 0 && finding.End <= answer.Length)
            .Select(finding => (answer.Substring(finding.Offset, finding.Length), PiiPlaceholders.For(finding.Category), finding.Category))
            .ToList();
        foreach (var (number, isSsn) in FieldRules.FindPersonalNumbers(answer))
        {
            var category = isSsn ? PiiCategories.USSocialSecurityNumber : PiiCategories.PhoneNumber;
            if (!found.Exists(identifier => identifier.Item1.Contains(number, StringComparison.Ordinal)))
            {
                found.Add((number, PiiPlaceholders.For(category), category));
            }
        }

        return found;
    }

    /// <summary>
    /// Records each of <paramref name="identifiers"/> for replacement in the channel's stored copy of the turn's
    /// activity and of the replies, because the reply that rejects them promises they are not kept.
    /// </summary>
    public static void RecordForTranscript(ITurnContext turn, IEnumerable<(string Value, string Placeholder, string Category)> identifiers)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(identifiers);
        foreach (var (value, placeholder, _) in identifiers)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                turn.AddTranscriptValue(value, placeholder);
            }
        }
    }

    /// <summary>Returns <paramref name="answer"/> with each of <paramref name="identifiers"/> replaced by its placeholder, the longest first.</summary>
    public static string Replace(string answer, IEnumerable<(string Value, string Placeholder, string Category)> identifiers)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(identifiers);
        var replaced = answer;
        foreach (var (value, placeholder, _) in identifiers.Where(identifier => identifier.Value.Length > 0).OrderByDescending(identifier => identifier.Value.Length))
        {
            replaced = replaced.Replace(value, placeholder, StringComparison.Ordinal);
        }

        return replaced;
    }

    /// <summary>
    /// Returns <paramref name="text"/> cut to <see cref="MaxShownLength"/> characters with an ellipsis, so a
    /// reply never repeats a long rejected answer whole. Shorter text is returned as it is.
    /// </summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxShownLength)
        {
            return text;
        }

        // A surrogate pair is not split at the cut.
        var cut = char.IsHighSurrogate(text[MaxShownLength - 1]) ? MaxShownLength - 1 : MaxShownLength;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}

/// <summary>A rejected answer that the question asked again shows for correction.</summary>
/// <param name="Text">The answer, with identifiers replaced by placeholders when there were any.</param>
/// <param name="InBox">True when the question's box may contain the answer, false when it contained personal data.</param>
public sealed record RejectedFieldAnswer(string Text, bool InBox);
