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
/// PEAK or Connect for Health Colorado, or "I don't know"; rejects look-alike hosts and other
/// addresses with an explanation. An answer without an address is read for the system's name (in any
/// case, as "peak mail center"), a mobile app ("in the MyPEAK app") and a device ("on her phone"),
/// and the report stores what it names. A named system or an app counts as not knowing the address,
/// while a device alone is noted and the question asked again. Result: the typed address, or <see cref="DontKnow"/>.
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

        // Emoji or signs alone would otherwise parse as an internationalized host name ("xn--wq9h").
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsLetterOrDigit))
        {
            return Task.FromResult(PromptRecognition.Failure<string>("Please paste the page's web address, or type 'I don't know'."));
        }

        if (TypedAnswers.IsDontKnow(TypedAnswers.Normalize(dc.Turn.Activity)))
        {
            return Task.FromResult(PromptRecognition.Success(DontKnow));
        }

        var match = new SystemIdentifier(services.Content).Identify(text, anyCase: true);
        if (!match.FromAddress && !match.IsLookAlike)
        {
            return Task.FromResult(ReadWithoutAddress(dc, match, text));
        }

        var result = Check(match, text);
        var mobile = ReportExtractor.ReadMobileUse(text);
        if (result.Succeeded && mobile.Indicated)
        {
            dc.Turn.UpdateReport(state => Note(state.Report, SystemMatch.None, mobile));
        }

        return Task.FromResult(result);
    }

    // A system's name or an app answers the question without an address: the system is stored, and an
    // app without one gets the question which system it belongs to. A phone or tablet alone does not,
    // because its browser has an address bar too, so it is noted and the question asked again.
    private static PromptRecognizerResult<string> ReadWithoutAddress(DialogContext dc, SystemMatch match, string text)
    {
        var mobile = ReportExtractor.ReadMobileUse(text);
        if (match.IsKnown || mobile.Indicated)
        {
            dc.Turn.UpdateReport(state => Note(state.Report, match, mobile));
        }

        if (match.IsKnown || mobile.App is not null)
        {
            return PromptRecognition.Success(DontKnow);
        }

        var noted = mobile.Device is { } device ? $"I've noted the device ({device})." : "I've noted that it happened on a phone or tablet.";
        return mobile.Indicated
            ? PromptRecognition.Failure<string>($"{noted} Which website was it? If the browser on the device shows the page's address, " +
                "paste it here. Otherwise type the system's name (PEAK or Connect for Health Colorado), or type 'I don't know'.")
            : PromptRecognition.Failure<string>(
                "That doesn't look like a web address. Paste the address from the browser's address bar (it starts with https://), or type 'I don't know'.");
    }

    private static void Note(IssueReport report, SystemMatch match, MobileUse mobile)
    {
        if (match.IsKnown)
        {
            report.System = match.System;
        }

        if (!mobile.Indicated)
        {
            return;
        }

        report.MobileIndicated = true;
        report.Device ??= mobile.Device;
        report.Os ??= mobile.Os;
        report.MobileApp ??= mobile.App;
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

        return PromptRecognition.Failure<string>(
            $"{match.Reason ?? "That address is not a PEAK or Connect for Health Colorado page."} PEAK pages start with https://peak.my.site.com " +
            "and Connect for Health Colorado pages end in connectforhealthco.com. Paste the address of the page with the problem, or type 'I don't know'.");
    }
}
