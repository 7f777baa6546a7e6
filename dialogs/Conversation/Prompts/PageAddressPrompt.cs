using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Step 2: asks for the web address of the page where the problem happens. Accepts an address of
/// PEAK or Connect for Health Colorado (or a system's name), or "I don't know"; rejects look-alike
/// hosts and other addresses with an explanation. Text that puts the problem in an app ("in the phone
/// app") marks the report as mobile and counts as not knowing the address. Result: the typed text,
/// or <see cref="DontKnow"/>.
/// </summary>
public sealed class PageAddressPrompt(ConversationServices services) : Prompt<string, PromptOptions>(DialogIds.PageAddressPrompt)
{
    /// <summary>The result when the user does not know the address.</summary>
    public const string DontKnow = "unknown";

    private const string Question =
        "Step 2: which website is it? Copy the web address of the page where it happens from the browser's address bar " +
        "(it starts with https://) and paste it here. If you don't know it, type 'I don't know'.";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = Reply.Text(Question).WithMarker(Reply.Marker(dc.Turn, prompt: ConversationPrompts.PageAddress));
        return dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    protected override string? GetDefaultHelpText(PromptOptions options) =>
        "The address bar is the box at the top of the browser window that shows the page's web address. Click it once, copy the " +
        "whole address (Ctrl+C, or Cmd+C on a Mac) and paste it here. PEAK pages start with https://peak.my.site.com and Connect " +
        "for Health Colorado pages end in connectforhealthco.com. If you don't know, type 'I don't know'.";

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Task.FromResult(PromptRecognition.Failure<string>("Please paste the page's web address, or type 'I don't know'."));
        }

        if (TypedAnswers.IsDontKnow(TypedAnswers.Normalize(dc.Turn.Activity)))
        {
            return Task.FromResult(PromptRecognition.Success(DontKnow));
        }

        var match = new SystemIdentifier(services.Content).Identify(text);
        if (!match.IsKnown && !match.IsLookAlike && !match.FromAddress && ReportExtractor.MentionsMobileUse(text, out var device))
        {
            // An app has no address bar: the report notes the mobile use, and the system is asked by name.
            dc.Turn.UpdateReport(state =>
            {
                state.Report.MobileIndicated = true;
                state.Report.Device ??= device;
            });
            return Task.FromResult(PromptRecognition.Success(DontKnow));
        }

        return Task.FromResult(Check(match, text));
    }

    protected override JsonNode? ToResult(string value) => JsonValue.Create(value);

    private PromptRecognizerResult<string> Check(SystemMatch match, string text)
    {
        if (match.IsLookAlike)
        {
            Log.LookAlikeHostRejected(services.Logger);
            return PromptRecognition.Failure<string>(
                $"{match.Reason ?? "That address only looks like one of the two websites."} It is not PEAK or Connect for Health Colorado, " +
                "so please don't enter anything on that page. Check the address bar and paste the address again, or type 'I don't know'.");
        }

        if (match.IsKnown)
        {
            return PromptRecognition.Success(text);
        }

        return PromptRecognition.Failure<string>(match.FromAddress
            ? $"{match.Reason ?? "That address is not a PEAK or Connect for Health Colorado page."} PEAK pages start with https://peak.my.site.com " +
              "and Connect for Health Colorado pages end in connectforhealthco.com. Paste the address of the page with the problem, or type 'I don't know'."
            : "That doesn't look like a web address. Paste the address from the browser's address bar (it starts with https://), or type 'I don't know'.");
    }
}
