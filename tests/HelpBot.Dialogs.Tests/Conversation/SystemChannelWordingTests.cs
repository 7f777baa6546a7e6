using System.Text.Json;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Dialogs.Tests.Conversation.FollowUp;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// Runs a report on each system through every kind of message: help, retries, the PII review, the draft or
/// checklist, the ticket cards, a rejected incident number, reminders and supervisor prompts. No message may
/// name the other system's help channel: a PEAK report goes by e-mail to the CBMS help desk, and a Connect for
/// Health Colorado report by call to the Service Center.
/// </summary>
public sealed class SystemChannelWordingTests
{
    private const string SupervisorId = "supervisor-1";

    private static readonly string[] ServiceCenterWords = ["Service Center", "855-752-6749", "855-346-3432"];

    private static readonly string[] HelpDeskWords = ["help desk", "help-desk", "CBMS.help", "HDT"];

    public static TheoryData<string, string, string, string[]> Reports => new()
    {
        {
            SupportSystems.Peak,
            "PEAK shows \"We could not process your request\" when I press Next on the upload page. The client is 35 years old, " +
                "SSN 078-05-1120. I signed in with password: Xq7!pLm#42zz and it still fails.",
            "https://peak.my.site.com/peak/s/document-upload",
            ServiceCenterWords
        },
        {
            SupportSystems.ConnectForHealth,
            "Connect for Health shows \"We could not process your request\" when my client presses Submit. The client is 35 years old, " +
                "SSN 078-05-1120. I signed in with password: Xq7!pLm#42zz and it still fails.",
            "https://prd.connectforhealthco.com/application/submit",
            HelpDeskWords
        },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Report_EveryMessage_NamesOnlyItsOwnChannel(string system, string message, string pageUrl, string[] otherChannel)
    {
        using var harness = new ConversationHarness(settings: new Dictionary<string, string?>
        {
            ["FollowUp:Supervisors:0:ChannelId"] = ChannelIds.Test,
            ["FollowUp:Supervisors:0:UserId"] = SupervisorId,
        });
        await OnboardAsync(harness);
        var firstReportMessage = harness.Sent.Count;

        await WalkReportAsync(harness, message, pageUrl, system);
        await UseTicketCardsAsync(harness, system);
        await SendRemindersAsync(harness);

        var messages = harness.Sent.Skip(firstReportMessage).Concat(harness.Proactive.Sent.Select(sent => sent.Activity)).ToList();
        Assert.Contains(messages, activity => activity.GetMarker()?.Step == FollowUpSteps.Reminder);
        Assert.Contains(messages, activity => activity.GetMarker()?.Step == FollowUpSteps.Escalation);
        Assert.Contains(messages, activity => activity.GetMarker()?.Step == ConversationSteps.PasswordWarning);
        var wrong = messages
            .SelectMany(activity => otherChannel.Select(word => (Word: word, Text: AllText(activity))))
            .Where(found => found.Text.Contains(found.Word, StringComparison.OrdinalIgnoreCase))
            .Select(found => $"'{found.Word}' in: {found.Text}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void FieldQuestion_EachSystem_NamesOnlyItsOwnChannel(string field)
    {
        var content = DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath);

        var peak = FieldQuestions.For(field, content, SupportSystems.Peak);
        var connect = FieldQuestions.For(field, content, SupportSystems.ConnectForHealth);

        foreach (var word in ServiceCenterWords)
        {
            Assert.DoesNotContain(word, $"{peak.Question} {peak.HelpText} {peak.TypedHint}", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var word in HelpDeskWords)
        {
            Assert.DoesNotContain(word, $"{connect.Question} {connect.HelpText} {connect.TypedHint}", StringComparison.OrdinalIgnoreCase);
        }
    }

    public static TheoryData<string> Fields => new(
        ReportFields.Description, ReportFields.ErrorMessage, ReportFields.When, ReportFields.StepsTried, ReportFields.Impact,
        ReportFields.Os, ReportFields.Device, ReportFields.Browser);

    private static async Task OnboardAsync(ConversationHarness harness)
    {
        await harness.SendTextAsync("hi");
        await harness.SendTextAsync("no");
        await harness.SendTextAsync("CBO staff");
    }

    // Answers each question three times: "help", then an answer the question rejects, then a valid answer.
    private static async Task WalkReportAsync(ConversationHarness harness, string message, string pageUrl, string system)
    {
        var attempts = new Dictionary<string, int>();
        var replies = await harness.SendTextAsync(message);
        for (var turn = 0; turn < 80; turn++)
        {
            var question = replies.Select(a => a.GetMarker()).LastOrDefault(m => m?.Prompt is not null);
            Assert.NotNull(question);
            if (question.Prompt == ConversationPrompts.Menu)
            {
                return;
            }

            var key = $"{question.Prompt}/{question.Field}";
            var attempt = attempts.GetValueOrDefault(key);
            attempts[key] = attempt + 1;
            var answer = attempt switch
            {
                0 => "help",
                1 => RejectedAnswer(question, system),
                _ => ValidAnswer(question, pageUrl, system),
            };
            replies = await harness.SendTextAsync(answer);
        }

        Assert.Fail("The report did not reach the menu.");
    }

    private static string RejectedAnswer(HelpBotMarker question, string system) => (question.Prompt, question.Field) switch
    {
        (ConversationPrompts.PageAddress, _) => system == SupportSystems.Peak
            ? "https://peak.my.site.com.example.net/peak/s/document-upload"
            : "https://connectforhealthco.com.example.net/application",
        (ConversationPrompts.Field, ReportFields.When) => "tomorrow at 9am",
        (ConversationPrompts.Field, ReportFields.CaseNumber) => "2B12345",
        (ConversationPrompts.Field, ReportFields.Username) => "Xq7!pLm#42zz",
        (ConversationPrompts.Field, _) => "keep",
        (ConversationPrompts.LogCall, _) => "When: today 2:30 pm\nIncident: 1B00000",
        _ => "maybe later",
    };

    private static string ValidAnswer(HelpBotMarker question, string pageUrl, string system) => question.Prompt switch
    {
        ConversationPrompts.Tips => "still broken",
        ConversationPrompts.PageAddress => pageUrl,
        ConversationPrompts.PickSystem => system == SupportSystems.Peak ? "PEAK" : "Connect for Health Colorado",
        ConversationPrompts.Urgent => "yes",
        ConversationPrompts.Field => FakeAnswers.ForField(question.Field!),
        ConversationPrompts.PiiReview => "remove",
        ConversationPrompts.LogCall => "When: today 2:30 pm\nIncident: 00012345\nTime frame: 3 days",
        _ => throw new InvalidOperationException($"Unexpected question '{question.Prompt}'."),
    };

    // Lists the tickets, sends a rejected and then a valid incident number from the ticket card, and marks the
    // ticket urgent, which prompts the supervisor.
    private static async Task UseTicketCardsAsync(ConversationHarness harness, string system)
    {
        if (system == SupportSystems.Peak)
        {
            await harness.SendTextAsync("I sent it");
        }

        var list = await harness.SendTextAsync("my tickets");
        var card = list.Single(activity => activity.GetMarker()?.Step == ConversationSteps.Tickets);
        // A PEAK ticket's card takes the help desk's reply, a Service Center ticket's card the call details.
        var incident = FollowUpTestBot.SubmitData(card, FollowUpActions.SetCallDetails);
        incident[FollowUpKeys.IncidentNumber] = "1B00000";
        await harness.SendValueAsync(incident);
        incident[FollowUpKeys.IncidentNumber] = "";
        await harness.SendValueAsync(incident);
        incident[FollowUpKeys.IncidentNumber] = "00054321";
        await harness.SendValueAsync(incident);

        var refreshed = (await harness.SendTextAsync("my tickets")).Single(activity => activity.GetMarker()?.Step == ConversationSteps.Tickets);
        if (system == SupportSystems.ConnectForHealth)
        {
            await harness.SendValueAsync(FollowUpTestBot.SubmitData(refreshed, FollowUpActions.MarkUrgent));
        }
    }

    private static async Task SendRemindersAsync(ConversationHarness harness)
    {
        var followUp = harness.Services.GetRequiredService<IFollowUpService>();
        for (var day = 0; day < 21; day++)
        {
            harness.Time.Advance(TimeSpan.FromDays(1));
            await followUp.SendDueAsync(CancellationToken.None);
        }
    }

    // The message text and every string in its cards: labels, choices, notes and button titles.
    private static string AllText(Activity activity)
    {
        var cards = (activity.Attachments ?? []).Select(attachment => JsonSerializer.Serialize(attachment.Content));
        return string.Join("\n", cards.Prepend(activity.Text ?? ""));
    }
}
