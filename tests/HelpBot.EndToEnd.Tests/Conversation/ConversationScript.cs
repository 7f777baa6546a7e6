using System.Text.Json;
using HelpBot.EndToEnd.Tests.DirectLine;

namespace HelpBot.EndToEnd.Tests.Conversation;

/// <summary>
/// The answers a user gives to each of the bot's questions, keyed by the <c>channelData.helpbot</c>
/// markers that the conversation puts on every activity: <c>prompt</c> for the question and
/// <c>field</c> for a report field. Every answer is one the conversation accepts as typed text.
/// The script ends at the statement whose <c>step</c> marker is <see cref="FinalStep"/>.
/// </summary>
internal sealed class ConversationScript
{
    private readonly Dictionary<string, string> _prompts;
    private readonly Dictionary<string, string> _fields;

    private ConversationScript(Dictionary<string, string> prompts, Dictionary<string, string> fields, string finalStep)
    {
        _prompts = prompts;
        _fields = fields;
        FinalStep = finalStep;
    }

    /// <summary>The <c>step</c> marker of the statement that ends the script: "draft" or "checklist".</summary>
    public string FinalStep { get; }

    public static ConversationScript ForPeak() => new(CommonPrompts("PEAK", FakeReport.PeakDescription), PeakFields(), "draft");

    public static ConversationScript ForConnectForHealth() =>
        new(CommonPrompts("Connect for Health Colorado", FakeReport.ConnectDescription), ConnectFields(), "checklist");

    /// <summary>Whether <paramref name="activity"/> is the statement that ends the script.</summary>
    public bool IsFinal(JsonElement activity) => ActivityJson.Marker(activity, "step") == FinalStep;

    /// <summary>Whether <paramref name="activity"/> asks a question or ends the script, so the player acts on it.</summary>
    public bool IsQuestionOrFinal(JsonElement activity) => ActivityJson.Marker(activity, "prompt") is not null || IsFinal(activity);

    /// <summary>The typed answer for a question activity, or null when the script has none.</summary>
    public string? AnswerFor(JsonElement activity)
    {
        var prompt = ActivityJson.Marker(activity, "prompt");
        if (prompt is null)
        {
            return null;
        }

        if (prompt == "field")
        {
            var field = ActivityJson.Marker(activity, "field");
            return field is not null && _fields.TryGetValue(field, out var value) ? value : null;
        }

        return _prompts.GetValueOrDefault(prompt);
    }

    // The script answers "describe" too, because a report started from the menu asks for the
    // description (a description typed at a first-time question is kept and not asked again).
    private static Dictionary<string, string> CommonPrompts(string system, string description) => new()
    {
        ["menu"] = "report a problem",
        ["describe"] = description,
        ["cbmsUser"] = "no",
        ["role"] = "CBO staff",
        ["training"] = "report it anyway",
        ["tips"] = "still not working",
        ["pageAddress"] = system == "PEAK" ? FakeReport.PeakAddress : FakeReport.ConnectAddress,
        ["pickSystem"] = system,
        ["urgent"] = "no",
        ["piiReview"] = "remove",
    };

    private static Dictionary<string, string> PeakFields() => new()
    {
        ["description"] = FakeReport.PeakDescription,
        ["username"] = "cbo.helper.example",
        ["page"] = FakeReport.PeakPage,
        ["when"] = FakeReport.When,
        ["stepsTried"] = FakeReport.StepsTried,
        ["impact"] = FakeReport.Impact,
        ["caseNumber"] = FakeReport.CaseNumber,
        ["screenshot"] = "none",
        ["device"] = "none",
    };

    private static Dictionary<string, string> ConnectFields() => new()
    {
        ["description"] = FakeReport.ConnectDescription,
        ["os"] = "Windows 11",
        ["device"] = "none",
        ["browser"] = "Chrome",
        ["when"] = FakeReport.When,
        ["stepsTried"] = FakeReport.StepsTried,
        ["impact"] = FakeReport.Impact,
    };
}
