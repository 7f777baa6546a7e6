using System.Globalization;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Reads and checks call details the way the call-log question does, for that question and for the
/// details added to a ticket later: "Label: value" lines or card inputs keyed by
/// <see cref="CallLogFields"/>, a call time with a clock time that is not in the future, a time frame
/// such as "3 business days" (or "none"), a PEAK help desk reply time read like a call time, and an
/// incident number without personal data. Each check
/// adds its message to a list, so one reply can name every problem.
/// </summary>
internal static class CallDetailsReader
{
    private static readonly HashSet<string> NoTimeFrameAnswers =
    [
        "none", "no", "n a", "na", "not given", "none given", "no time frame", "no timeframe", "not sure", "unknown", "dont know",
        "they didnt say", "didnt say", "not said", "no update time", "nothing",
    ];

    /// <summary>Reads "Label: value" lines (or parts separated by ';') into <see cref="CallLogFields"/> keys; other lines are ignored.</summary>
    public static Dictionary<string, string> ParseLines(string? text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == line.Length - 1)
            {
                continue;
            }

            var key = KeyFor(TextNormalizer.Normalize(line[..colon]));
            if (key is not null)
            {
                values[key] = line[(colon + 1)..].Trim();
            }
        }

        return values;
    }

    /// <summary>Reads the non-empty card inputs named in <paramref name="keys"/> from the activity's value.</summary>
    public static Dictionary<string, string> ReadCard(Activity activity, params string[] keys)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (TypedAnswers.ReadValueString(activity, key)?.Trim() is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        return values;
    }

    /// <summary>
    /// Returns the call's date and time as ISO 8601 with its offset, or null after adding the problem: an
    /// unreadable or impossible time, one in the future, or a date without a clock time.
    /// </summary>
    public static string? ReadCallTime(string text, ExtractionContext context, List<string> problems) =>
        ReadMoment(FieldRules.ValidateCallTime(text, context), "the call", problems);

    /// <summary>Returns the date and time of a PEAK help desk reply as <see cref="ReadCallTime"/> does for a call.</summary>
    public static string? ReadReplyTime(string text, ExtractionContext context, List<string> problems) =>
        ReadMoment(FieldRules.ValidateReplyTime(text, context), "the reply", problems);

    /// <summary>Returns the moment an ISO 8601 value of <see cref="ReadCallTime"/> names.</summary>
    public static DateTimeOffset ParseCallTime(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>
    /// True for "none", "not given", "they didn't say" and the like: the representative promised no time
    /// frame, which is the same as leaving the line out.
    /// </summary>
    public static bool IsNoTimeFrame(string text) => NoTimeFrameAnswers.Contains(TextNormalizer.Normalize(text));

    /// <summary>Returns the time frame <paramref name="text"/> names, or null after adding the problem.</summary>
    public static TimeFrame? ReadTimeFrame(string text, List<string> problems)
    {
        if (TimeFrameParser.Parse(text) is { } timeFrame)
        {
            return timeFrame;
        }

        problems.Add("I couldn't read the time frame. Use a number and a unit, such as '3 business days', '48 hours' or '2 weeks'.");
        return null;
    }

    /// <summary>
    /// Adds the problem of <paramref name="number"/> on a ticket about <paramref name="systemId"/>, and
    /// records a value rejected as personal data for replacement in the stored transcript.
    /// </summary>
    public static void CheckIncidentNumber(ITurnContext turn, string number, IPiiAnalyzer analyzer, string systemId, List<string> problems)
    {
        if (IncidentNumberCheck.FindProblem(number, analyzer, systemId) is { } problem)
        {
            IncidentNumberCheck.RecordRejectedValue(turn, number, problem);
            problems.Add(problem.Message);
        }
    }

    /// <summary>
    /// Returns every value of a rejected submission that may be shown again for correction, so nothing typed
    /// is lost: not values with personal data, a number rejected as personal data, or a value that contains
    /// the password placeholder or one of the turn's <paramref name="passwords"/>. The representative's name
    /// is expected in its box, so only other personal data there keeps it out. The values live in the turn
    /// only, and the channel's stored copies of the turn lose the name.
    /// </summary>
    public static Dictionary<string, string> ShownAgain(
        Dictionary<string, string> values, IReadOnlyCollection<string> passwords, IPiiAnalyzer analyzer, string systemId)
    {
        var entered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { CallLogFields.CalledAt, CallLogFields.RepliedAt, CallLogFields.TimeFrame, CallLogFields.IncidentNumber, CallLogFields.Representative })
        {
            if (values.TryGetValue(key, out var value) && value.Length <= FieldRules.MaxAnswerLength
                && !value.Contains(TypedPasswords.Placeholder, StringComparison.Ordinal)
                && !passwords.Any(password => value.Contains(password, StringComparison.Ordinal))
                && !HoldsPersonalData(key, value, analyzer, systemId))
            {
                entered[key] = value;
            }
        }

        return entered;
    }

    private static string? ReadMoment(FieldValidation moment, string momentName, List<string> problems)
    {
        if (!moment.IsValid || moment.NormalizedValue is null)
        {
            problems.Add(moment.Message ?? $"I couldn't read the date and time of {momentName}.");
            return null;
        }

        // The promised update is counted from this moment, in the user's time zone, so a date alone is not enough.
        if (!moment.NormalizedValue.Contains('T', StringComparison.Ordinal))
        {
            problems.Add($"Please add the time of {momentName}, such as \"today 2:30 pm\". The promised update is counted from it.");
            return null;
        }

        return moment.NormalizedValue;
    }

    private static bool HoldsPersonalData(string key, string value, IPiiAnalyzer analyzer, string systemId) =>
        analyzer.Analyze(value).Any(finding => finding.Tier == PiiTier.Identifier
            && !(key == CallLogFields.Representative && finding.Category == PiiCategories.Person))
        || (key == CallLogFields.IncidentNumber && IncidentNumberCheck.FindProblem(value, analyzer, systemId) is { ShowAgain: false });

    private static string? KeyFor(string label) => label switch
    {
        "when" or "date" or "time" or "date and time" or "called" or "called at" or "call" or "call time" => CallLogFields.CalledAt,
        "incident" or "incident number" or "ticket" or "ticket number" or "ticket incident number" or "number" => CallLogFields.IncidentNumber,
        "time frame" or "timeframe" or "update" or "promised" or "promised time frame" or "update by" => CallLogFields.TimeFrame,
        "representative" or "rep" or "name" or "agent" => CallLogFields.Representative,
        "replied" or "replied at" or "reply" or "reply time" or "reply received" or "answered" => CallLogFields.RepliedAt,
        _ => null,
    };
}
