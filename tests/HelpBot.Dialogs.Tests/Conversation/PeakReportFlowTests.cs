using System.Text;
using System.Text.RegularExpressions;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.Content;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed partial class PeakReportFlowTests
{
    private const string Description = "When I press Submit on the income page PEAK shows the error ERR-500. The client's SSN is 078-05-1120.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task PeakReport_WholeFlow_SendsDraftWithEverySectionAndSsnRemoved()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(ConversationHarness.Start);
        string? draftText = null;
        var flow = ConversationFlow.Create(storage, time);

        await flow.Onboard()
            .Send(Description)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AnswerPeakFields()
            .AssertAsks(ConversationPrompts.PiiReview, check: reply => Assert.Contains("USSocialSecurityNumber", reply.GetMarker()!.PiiCategories!))
            .Send("remove")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .AssertSays(ConversationSteps.WhatToExpect)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        Assert.NotNull(draftText);
        foreach (var field in CreateContent().PeakReport.EmailFields.Where(f => f.Required))
        {
            Assert.Contains(field.Heading, draftText, StringComparison.Ordinal);
        }

        Assert.Contains("[SSN]", draftText, StringComparison.Ordinal);
        Assert.DoesNotContain("078-05-1120", draftText, StringComparison.Ordinal);
        Assert.Contains("To: CBMS.help@state.co.us", draftText, StringComparison.Ordinal);
        Assert.Contains("1B00000", draftText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeakReport_DraftLink_DownloadsEmlWithoutSsn()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(ConversationHarness.Start);
        string? draftText = null;

        await ConversationFlow.Create(storage, time).Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields()
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("remove")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        var match = DraftLink().Match(draftText!);
        Assert.True(match.Success, "The draft has no download link.");
        var store = new DraftStore(storage, time, Options.Create(new ConversationOptions()), NullLogger<DraftStore>.Instance);
        var bytes = await store.GetAsync(match.Groups["id"].Value, CancellationToken.None);
        Assert.NotNull(bytes);
        var message = await MimeMessage.LoadAsync(new MemoryStream(bytes));
        Assert.Equal("CBMS.help@state.co.us", message.To.Mailboxes.Single().Address);
        Assert.Contains("[SSN]", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("078-05-1120", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeakReport_Finished_StoresDraftedTicketForOwner()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };

        await ConversationFlow.Create(storage, adapter: adapter).Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("yes")
            .AssertSays(ConversationSteps.UrgentContacts)
            .AnswerPeakFields()
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("remove")
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        var tickets = await new TicketStore(storage, NullLogger<TicketStore>.Instance).ListByOwnerAsync(adapter.ChannelId, adapter.User.Id!);
        var ticket = Assert.Single(tickets);
        Assert.Equal("peak", ticket.System);
        Assert.Equal(TicketStatus.Drafted, ticket.Status);
        Assert.Equal(TicketUrgency.MedicallyUrgent, ticket.Urgency);
    }

    [Fact]
    public async Task PeakReport_NoScreenshot_OmitsAttachmentNotes()
    {
        string? draftCard = null;
        await ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AnswerPeakFields()
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
                Assert.DoesNotContain("Check your screenshots", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal))
            .Send("remove")
            .AssertSays(ConversationSteps.Draft, reply => draftCard = reply.Attachments!.Single().Content!.Value.GetRawText())
            .StartTestAsync();

        Assert.DoesNotContain("Attachments to add", draftCard, StringComparison.Ordinal);
    }

    internal static DeskAidContent CreateContent()
    {
        using var services = ConversationFlow.CreateServices(new MemoryStorage(), TimeProvider.System);
        return services.GetRequiredService<DeskAidContent>();
    }

    // The .eml link in the draft message: {base}/drafts/{id}.eml
    [GeneratedRegex(@"http://127\.0\.0\.1:3978/drafts/(?<id>[A-Za-z0-9_-]{22})\.eml")]
    private static partial Regex DraftLink();
}

internal static class PeakFlowSteps
{
    /// <summary>Answers the PEAK fields the test description leaves open, in the order the bot asks them.</summary>
    public static TestFlow AnswerPeakFields(this TestFlow flow, string username = "cbo.navigator01") =>
        flow.AnswerPeakFieldsUpToScreenshot(username).Send("none");

    /// <summary>Answers the same fields as <see cref="AnswerPeakFields"/> up to the screenshot question, which it leaves open.</summary>
    public static TestFlow AnswerPeakFieldsUpToScreenshot(this TestFlow flow, string username = "cbo.navigator01") => flow
        .AssertAsks(ConversationPrompts.Field, "username").Send(username)
        .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
        .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
        .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("Signed out and back in")
        .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
        .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
        .AssertAsks(ConversationPrompts.Field, "screenshot");
}
