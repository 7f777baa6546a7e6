using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>Reads what the follow-up engine sent: marker step, card JSON and recipients.</summary>
internal static class SentActivities
{
    public static string? Step(this Activity activity) => activity.GetMarker()?.Step;

    public static string CardJson(this Activity activity) => activity.Attachments![0].Content!.Value.GetRawText();

    public static List<(ProactiveAddress Address, Activity Activity)> WithStep(
        this IEnumerable<(ProactiveAddress Address, Activity Activity)> sent, string step) =>
        [.. sent.Where(item => item.Activity.Step() == step)];
}
