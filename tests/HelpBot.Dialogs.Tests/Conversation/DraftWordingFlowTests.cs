using System.Text.RegularExpressions;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>How the page name, the call checklist's error text and the e-mail body read at the end of a report.</summary>
public sealed partial class DraftWordingFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";

    [Fact]
    public async Task PageFromAddress_Abbreviation_StaysUpperCase()
    {
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/afb-welcome?language=en_US").AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page", reply => Assert.Contains("I have: AFB welcome\n", reply.Text, StringComparison.Ordinal))
            .Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("Subject: PEAK technical issue: AFB welcome page, 2026-03-10\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_ErrorTypedInDescription_ShowsErrorText()
    {
        string? checklist = null;

        await ConversationFlow.Create().Onboard()
            .Send("Submit fails on connectforhealthco.com").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("I pressed Submit on the application and the page showed \"Unable to verify income\".")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "os").Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "browser").Send("Chrome")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not enroll")
            .AssertSays(ConversationSteps.Checklist, reply => checklist = reply.Text)
            .StartTestAsync();

        Assert.Contains("- What error you received: Unable to verify income\n", checklist, StringComparison.Ordinal);
        Assert.DoesNotContain("(have it ready)", checklist, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Screenshot_KeepsHowToOutOfEmail()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(ConversationHarness.Start);
        var upload = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", Name = "renewal-error.png" }],
        };
        string? draft = null;

        await ConversationFlow.Create(storage, time).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/benefit-information").AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send(upload)
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("Before you attach the screenshots: Paste the screenshot into Paint", draft, StringComparison.Ordinal);
        var store = new DraftStore(storage, time, Options.Create(new ConversationOptions()), NullLogger<DraftStore>.Instance);
        var bytes = await store.GetAsync(DraftLink().Match(draft!).Groups["id"].Value, CancellationToken.None);
        var body = (await MimeMessage.LoadAsync(new MemoryStream(bytes!))).TextBody;
        Assert.Contains("Attached: renewal-error.png", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paint", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Before you attach", body, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/drafts/(?<id>[A-Za-z0-9_-]{22})\.eml")]
    private static partial Regex DraftLink();
}
