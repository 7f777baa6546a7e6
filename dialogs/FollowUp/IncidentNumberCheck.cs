using System.Text.RegularExpressions;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Checks a typed help desk ticket or incident number before it reaches a ticket. A valid number has
/// 3 to 40 letters, digits and hyphens with at least one digit. It must not be shaped like a Social
/// Security number, a phone number or a CBMS case number, and the PII analyzer must find nothing in it.
/// The call log, the ticket card and the follow-up service all check numbers here.
/// </summary>
internal static partial class IncidentNumberCheck
{
    // Longer text is no incident number and is not worth analyzing.
    private const int MaxCheckedLength = 200;

    private const string NotANumber =
        "That is not an incident number I can keep: use 3 to 40 letters, digits or hyphens, with at least one digit and no spaces or names, such as 00012345.";

    /// <summary>
    /// Returns the problem with <paramref name="value"/>, or null when it is valid. The messages name who
    /// gave the number for a ticket about <paramref name="systemId"/>: the help desk for PEAK, the Service
    /// Center otherwise. Without a system they name neither.
    /// </summary>
    public static ValueProblem? FindProblem(string? value, IPiiAnalyzer analyzer, string? systemId = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var number = value?.Trim() ?? "";
        var source = systemId is null ? "you were given" : TicketTexts.NumberSource(systemId) + " gave you";
        if (number.Length == 0)
        {
            return new($"The incident number is missing. Type the number {source}, such as 00012345.", false);
        }

        if (SocialSecurityShape().IsMatch(number) || PhoneShape().IsMatch(number))
        {
            var category = SocialSecurityShape().IsMatch(number) ? PiiCategories.USSocialSecurityNumber : PiiCategories.PhoneNumber;
            return new("That looks like a Social Security number or a phone number, not an incident number, so I did not keep it. Type only the ticket or incident number.", false, PiiPlaceholders.For(category));
        }

        if (CaseNumberShape().IsMatch(number))
        {
            return new($"That is a CBMS case number, which stays out of tickets. Type the ticket or incident number {source}.", false);
        }

        if (number.Length > MaxCheckedLength)
        {
            return new(NotANumber, false);
        }

        if (analyzer.Analyze(number) is [var finding, ..])
        {
            return new("That looks like personal data, not an incident number, so I did not keep it. Type only the ticket or incident number.", false, PiiPlaceholders.For(finding.Category));
        }

        // Shown again for correction only because the analyzer found no personal data in it.
        var wellFormed = number.Length <= TicketUpdateCard.MaxIncidentNumberLength && FormShape().IsMatch(number) && number.Any(char.IsAsciiDigit);
        return wellFormed ? null : new(NotANumber, true);
    }

    /// <summary>
    /// Records <paramref name="value"/> for replacement in the channel's stored copy of the turn's activity
    /// when <paramref name="problem"/> rejected it as personal data, because the message promises that the
    /// value is not kept.
    /// </summary>
    public static void RecordRejectedValue(ITurnContext turn, string? value, ValueProblem problem)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Placeholder is { } placeholder && value?.Trim() is { Length: > 0 } number)
        {
            turn.AddTranscriptValue(number, placeholder);
        }
    }

    // Accepts the whole value only: letters, digits and hyphens, starting with a letter or digit.
    [GeneratedRegex(TicketUpdateCard.IncidentNumberPattern, RegexOptions.CultureInvariant, 100)]
    private static partial Regex FormShape();

    // Accepts nine digits grouped 3-2-4 with hyphens or spaces, the way Social Security numbers are written.
    [GeneratedRegex(@"^\d{3}[- ]\d{2}[- ]\d{4}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex SocialSecurityShape();

    // Accepts 1B followed by 4 to 10 digits, spaces or hyphens, the way CBMS case numbers are written.
    [GeneratedRegex(@"^1B[\d -]{4,14}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex CaseNumberShape();

    // Accepts ten digits grouped 3-3-4 (optionally with a leading 1 and an area code in brackets), the way US phone numbers are written.
    [GeneratedRegex(@"^(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex PhoneShape();
}
