using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

/// <summary>
/// The follow-up in conversations with a fake clock: reminders and escalations driven by
/// <see cref="IFollowUpService.SendDueAsync"/>, supervisors' card actions in their own conversation,
/// the owner's ticket card actions, the digest and its CSV, and fake PII kept out of tickets, digests and logs.
/// </summary>
public sealed partial class FollowUpConversationTests : IDisposable
{
    private const string ConnectDescription =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 9am. Tried Chrome and Edge.";

    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PeakPage = "https://peak.my.site.com/peak/s/benefit-information";

    private readonly FollowUpTestBot _bot = new();
    private readonly TestAdapter _owner = FollowUpTestBot.Channel(FollowUpTestBot.OwnerId, "Dana Testperson");
    private readonly TestAdapter _supervisor = FollowUpTestBot.Channel(FollowUpTestBot.SupervisorId, "Sam Supervisor");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task LoggedCall_ThreeDayTimeFrame_RemindsOnDayFourWithTeamLead()
    {
        await LogConnectCallAsync("Time frame: 3 days");

        _bot.Time.SetUtcNow(FollowUpTestBot.Monday.AddDays(2).AddHours(6));
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);
        Assert.Empty(_bot.Proactive.SentTo(FollowUpTestBot.OwnerId));

        _bot.Time.SetUtcNow(FollowUpTestBot.Monday.AddDays(3).AddHours(1));
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);

        var reminder = Assert.Single(_bot.Proactive.SentTo(FollowUpTestBot.OwnerId));
        Assert.Equal(FollowUpSteps.Reminder, reminder.GetMarker()!.Step);
        Assert.Contains("Team Lead", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoggedCall_StillOpenAfterReminders_EscalatesToSupervisor()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");

        var escalation = await AdvanceUntilEscalatedAsync();

        Assert.Contains(ticket.Id, escalation.Text, StringComparison.Ordinal);
        Assert.Equal(ticket.Id, FollowUpTestBot.SubmitData(escalation, FollowUpActions.Acknowledge)["ticketId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UrgentPeakReport_PromptsSupervisorAtOnce()
    {
        await FilePeakReportAsync(urgent: true);

        var escalation = Assert.Single(_bot.Proactive.SentTo(FollowUpTestBot.SupervisorId));
        Assert.Equal(FollowUpSteps.Escalation, escalation.GetMarker()!.Step);
        Assert.Contains("urgent", escalation.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SupervisorAcknowledges_FromEscalationCard_TellsOwner()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");
        var escalation = await AdvanceUntilEscalatedAsync();
        var before = _bot.Proactive.SentTo(FollowUpTestBot.OwnerId).Count;

        await _bot.Flow(_supervisor)
            .SendValue(FollowUpTestBot.SubmitData(escalation, FollowUpActions.Acknowledge))
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("acknowledged", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var notice = _bot.Proactive.SentTo(FollowUpTestBot.OwnerId).Skip(before).Single(a => a.GetMarker()?.Step == FollowUpSteps.OwnerNotice);
        Assert.Contains(ticket.Id, notice.Text, StringComparison.Ordinal);
        var stored = await _bot.SingleTicketAsync();
        Assert.Equal(FollowUpTestBot.SupervisorId, stored.SupervisorId);
        Assert.NotNull(stored.AcknowledgedAt);
    }

    [Fact]
    public async Task EscalationCard_OwnerPressesAcknowledge_IsNotAllowed()
    {
        await LogConnectCallAsync("Time frame: 3 days");
        var escalation = await AdvanceUntilEscalatedAsync();

        await _bot.Flow(_owner)
            .SendValue(FollowUpTestBot.SubmitData(escalation, FollowUpActions.Acknowledge))
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("Only supervisors", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Null((await _bot.SingleTicketAsync()).AcknowledgedAt);
    }

    [Fact]
    public async Task SupervisorTakesOverAndAddsNote_ChangesTicket()
    {
        await LogConnectCallAsync("Time frame: 3 days");
        var escalation = await AdvanceUntilEscalatedAsync();
        var note = FollowUpTestBot.SubmitData(escalation, FollowUpActions.AddNote);
        note[FollowUpKeys.Note] = "Called the Team Lead, waiting for a call back.";

        await _bot.Flow(_supervisor)
            .SendValue(FollowUpTestBot.SubmitData(escalation, FollowUpActions.TakeOver))
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("yours now", reply.Text, StringComparison.Ordinal))
            .SendValue(note)
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("added your note", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var stored = await _bot.SingleTicketAsync();
        Assert.Equal(FollowUpTestBot.SupervisorId, stored.TakenOverBy);
        Assert.Single(stored.Notes);
    }

    [Fact]
    public async Task MyTickets_CardActions_ChangeTicketAndKeepMenu()
    {
        await LogConnectCallAsync("Time frame: 3 days");
        Activity? list = null;

        await _bot.Flow(_owner)
            .Send("my tickets")
            .AssertSays(ConversationSteps.Tickets, reply => list = reply)
            .StartTestAsync();
        Assert.Equal(2, list!.Attachments!.Count);
        Assert.Contains("00012345", list.Text, StringComparison.Ordinal);
        Assert.Contains("customer portal", list.Text, StringComparison.Ordinal);

        var update = FollowUpTestBot.SubmitData(list, FollowUpActions.RecordUpdate);
        update[FollowUpKeys.Status] = TicketStatus.Escalated;
        var incident = FollowUpTestBot.SubmitData(list!, FollowUpActions.SetCallDetails);
        incident[FollowUpKeys.IncidentNumber] = "INC-777";
        await _bot.Flow(_owner)
            .SendValue(update)
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("now escalated", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .SendValue(incident)
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("INC-777", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .SendValue(FollowUpTestBot.SubmitData(list, FollowUpActions.MarkUrgent))
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("medically urgent", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .AssertNoReply()
            .Send("3")
            .AssertSays(ConversationSteps.HelpTopic)
            .StartTestAsync();

        var stored = await _bot.SingleTicketAsync();
        Assert.Equal("INC-777", stored.IncidentNumber);
        Assert.Equal(TicketUrgency.MedicallyUrgent, stored.Urgency);
        Assert.Contains(stored.History, change => change.Status == TicketStatus.Escalated);
        Assert.NotEmpty(_bot.Proactive.SentTo(FollowUpTestBot.SupervisorId));
    }

    [Fact]
    public async Task MyTickets_MarkResolved_SummarizesResolvedTicket()
    {
        await LogConnectCallAsync("Time frame: 3 days");
        Activity? list = null;
        await _bot.Flow(_owner).Send("my tickets").AssertSays(ConversationSteps.Tickets, reply => list = reply).StartTestAsync();

        await _bot.Flow(_owner)
            .SendValue(FollowUpTestBot.SubmitData(list!, FollowUpActions.Resolve))
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("now resolved", reply.Text, StringComparison.Ordinal))
            .AssertNoReply()
            .Send("my tickets")
            .AssertSays(ConversationSteps.Tickets, reply =>
            {
                Assert.Contains("Open: 0. Resolved or closed: 1.", reply.Text, StringComparison.Ordinal);
                Assert.Single(reply.Attachments!);
            })
            .StartTestAsync();

        Assert.Equal(TicketStatus.Resolved, (await _bot.SingleTicketAsync()).Status);
    }

    [Theory]
    [InlineData("000-00-0000", false)]
    [InlineData("303-555-0100", false)]
    [InlineData("Dana Testperson", false)]
    [InlineData("12 34", true)]
    [InlineData("INC-2026-ABCD-0001-EFGH-0002-IJKL-0003-MNOP", true)]
    public async Task IncidentNumber_BadValue_ExplainsAndShowsCardAgain(string value, bool prefilled)
    {
        await LogConnectCallAsync("Time frame: 3 days");
        Activity? list = null;
        await _bot.Flow(_owner).Send("my tickets").AssertSays(ConversationSteps.Tickets, reply => list = reply).StartTestAsync();
        var incident = FollowUpTestBot.SubmitData(list!, FollowUpActions.SetCallDetails);
        incident[FollowUpKeys.IncidentNumber] = value;

        await _bot.Flow(_owner)
            .SendValue(incident)
            .AssertSays(ConversationSteps.FollowUpRejected)
            .AssertSays(ConversationSteps.TicketCard, reply => Assert.Equal(prefilled, reply.Text!.Contains(value, StringComparison.Ordinal) || CardJsonContains(reply, value)))
            .StartTestAsync();

        Assert.Equal("00012345", (await _bot.SingleTicketAsync()).IncidentNumber);
    }

    [Theory]
    [InlineData("078-05-1120", "[SSN]")]
    [InlineData("303-555-0100", "[PHONE]")]
    [InlineData("Dana Testperson", "[NAME]")]
    [InlineData("12 34", null)]
    public async Task IncidentNumber_PersonalData_RecordedForTranscript(string value, string? placeholder)
    {
        await LogConnectCallAsync("Time frame: 3 days");
        Activity? list = null;
        await _bot.Flow(_owner).Send("my tickets").AssertSays(ConversationSteps.Tickets, reply => list = reply).StartTestAsync();
        var incident = FollowUpTestBot.SubmitData(list!, FollowUpActions.SetCallDetails);
        incident[FollowUpKeys.IncidentNumber] = $" {value} ";
        var recorder = new TranscriptValueRecorder();

        await new TestFlow(() => _bot.Services.GetRequiredService<ITurnHandler>(), _bot.Storage, _owner, () => [recorder])
            .SendValue(incident)
            .AssertSays(ConversationSteps.FollowUpRejected)
            .StartTestAsync();

        var values = Assert.Single(recorder.Turns);
        Assert.Equal(placeholder is null ? [] : [KeyValuePair.Create(value, placeholder)], values);
    }

    [Fact]
    public async Task TicketSubmit_WithoutTicketId_ExplainsAndKeepsDialog()
    {
        await _bot.Flow(_owner).Onboard().StartTestAsync();

        await _bot.Flow(_owner)
            .SendValue(new JsonObject { ["action"] = FollowUpActions.Resolve })
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("my tickets", reply.Text, StringComparison.Ordinal))
            .AssertNoReply()
            .Send("3")
            .AssertSays(ConversationSteps.HelpTopic)
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketAction_DuringFieldQuestion_LeavesQuestionAnswerable()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");

        await _bot.Flow(_owner)
            .Send(ConnectDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .SendValue(new JsonObject { ["action"] = FollowUpActions.MarkUrgent, ["ticketId"] = ticket.Id })
            .AssertSays(ConversationSteps.TicketChange)
            .AssertSays(ConversationSteps.TicketCard)
            .AssertNoReply()
            .Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Fact]
    public void AddHelpBotConversation_Resolves_FollowUpServices()
    {
        Assert.NotNull(_bot.Services.GetRequiredService<FollowUpRouter>());
        Assert.NotNull(_bot.Services.GetRequiredService<IDigestExportStore>());
        Assert.NotNull(_bot.Services.GetRequiredService<TicketCreation>());
    }

    [Fact]
    public async Task TicketSubmit_OtherOwner_IsNotAllowed()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");
        var stranger = FollowUpTestBot.Channel("user-9", "Pat Example");

        await _bot.Flow(stranger)
            .SendValue(new JsonObject { ["action"] = FollowUpActions.Resolve, ["ticketId"] = ticket.Id })
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Equal($"I could not find ticket {ticket.Id}. Type 'my tickets' to see your tickets.", reply.Text))
            .SendValue(new JsonObject { ["action"] = FollowUpActions.Resolve, ["ticketId"] = "HB-000000000000" })
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Equal("I could not find ticket HB-000000000000. Type 'my tickets' to see your tickets.", reply.Text))
            .StartTestAsync();

        Assert.NotEqual(TicketStatus.Resolved, (await _bot.SingleTicketAsync()).Status);
    }

    [Fact]
    public async Task PeakDraft_ISentItButton_RecordsReported()
    {
        var draft = await FilePeakReportAsync(urgent: false);

        await _bot.Flow(_owner)
            .SendValue(FollowUpTestBot.SubmitData(draft, "emailSent"))
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("now reported", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(TicketStatus.Reported, (await _bot.SingleTicketAsync()).Status);
    }

    [Fact]
    public async Task PeakDraft_TypedISentIt_RecordsReported()
    {
        await FilePeakReportAsync(urgent: false);

        await _bot.Flow(_owner)
            .Send("I sent it")
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("now reported", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Equal(TicketStatus.Reported, ticket.Status);
        Assert.Equal("America/Denver", ticket.TimeZone);
        Assert.Equal(_owner.Conversation.Id, ticket.ConversationId);
    }

    [Fact]
    public async Task Digest_Supervisor_CountsMatchCreatedTicketsAndCsvHasHeader()
    {
        await LogConnectCallAsync("Time frame: 3 days");
        await FilePeakReportAsync(urgent: false, adapter: FollowUpTestBot.Channel("owner-2", "Lee Example"));
        Activity? digest = null;
        _bot.Time.Advance(TimeSpan.FromMinutes(5));

        await _bot.Flow(_supervisor)
            .Send("digest 30 days")
            .AssertSays(ConversationSteps.Digest, reply => digest = reply)
            .StartTestAsync();

        Assert.Contains("Created in the period: 2", digest!.Text, StringComparison.Ordinal);
        Assert.Contains("Open now: 2", digest.Text, StringComparison.Ordinal);
        Assert.Contains("PEAK: 1", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Connect for Health Colorado: 1", digest.Text, StringComparison.Ordinal);
        var csv = await DownloadCsvAsync(digest);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', DigestCsv.Columns), lines[0].TrimStart('\uFEFF'));
        Assert.Equal(3, lines.Length);
        Assert.Single(lines, line => line.Contains(",peak,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("digest 7 days")]
    public async Task Digest_NotSupervisor_IsRejected(string text)
    {
        await _bot.Flow(_owner)
            .Send(text)
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("Only supervisors", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Digest_BadPeriod_ExplainsUsage()
    {
        await _bot.Flow(_supervisor)
            .Send("digest 1000 days")
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("1 to 366 days", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AddSupervisor_Admin_AddsSupervisorWhoGetsDigest()
    {
        var admin = FollowUpTestBot.Channel(FollowUpTestBot.AdminId, "Alex Admin");

        await _bot.Flow(admin)
            .Send("add supervisor user-7")
            .AssertSays(ConversationSteps.SupervisorAdded, reply => Assert.Contains("Added the supervisor", reply.Text, StringComparison.Ordinal))
            .Send("add supervisor user-7")
            .AssertSays(ConversationSteps.SupervisorAdded, reply => Assert.Contains("already a supervisor", reply.Text, StringComparison.Ordinal))
            .Send("add supervisor")
            .AssertSays(ConversationSteps.FollowUpRejected)
            .StartTestAsync();
        await _bot.Flow(FollowUpTestBot.Channel("user-7", "Kim Example"))
            .Send("digest")
            .AssertSays(ConversationSteps.Digest)
            .StartTestAsync();
    }

    [Fact]
    public async Task AddSupervisor_NotAdmin_IsRejected()
    {
        await _bot.Flow(_supervisor)
            .Send("add supervisor user-8")
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("Only HelpBot admins", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.False(await _bot.Services.GetRequiredService<ISupervisorDirectory>().IsSupervisorAsync(ChannelIds.Test, "user-8", CancellationToken.None));
    }

    [Fact]
    public async Task SeededPii_InNoteAndIncidentNumber_NeverKept()
    {
        string[] pii = ["Dana Testperson", "303-555-0100", "000-00-0000"];
        await LogConnectCallAsync("Time frame: 3 days");
        var escalation = await AdvanceUntilEscalatedAsync();
        Activity? list = null;
        await _bot.Flow(_owner).Send("my tickets").AssertSays(ConversationSteps.Tickets, reply => list = reply).StartTestAsync();
        var flow = _bot.Flow(_owner);
        foreach (var value in pii)
        {
            var incident = FollowUpTestBot.SubmitData(list!, FollowUpActions.SetCallDetails);
            incident[FollowUpKeys.IncidentNumber] = value;
            flow.SendValue(incident).AssertSays(ConversationSteps.FollowUpRejected);
        }

        await flow.StartTestAsync();
        var note = FollowUpTestBot.SubmitData(escalation, FollowUpActions.AddNote);
        note[FollowUpKeys.Note] = "Client Dana Testperson, phone 303-555-0100, SSN 000-00-0000, still cannot log in.";
        await _bot.Flow(_supervisor).SendValue(note).AssertSays(ConversationSteps.TicketChange).StartTestAsync();
        Activity? digest = null;
        await _bot.Flow(_supervisor).Send("digest").AssertSays(ConversationSteps.Digest, reply => digest = reply).StartTestAsync();

        var storedOutsideState = string.Join("\n", _bot.Storage.Writes.Where(w => !w.Contains("/conversations/", StringComparison.Ordinal) && !w.Contains("/users/", StringComparison.Ordinal)));
        var csv = await DownloadCsvAsync(digest!);
        var logs = string.Join("\n", _bot.Logs.Messages);
        foreach (var value in pii)
        {
            Assert.DoesNotContain(value, storedOutsideState, StringComparison.Ordinal);
            Assert.DoesNotContain(value, digest!.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(value, csv, StringComparison.Ordinal);
            Assert.DoesNotContain(value, logs, StringComparison.Ordinal);
        }

        Assert.Single((await _bot.SingleTicketAsync()).Notes);
    }

    private async Task<Ticket> LogConnectCallAsync(string timeFrameLine)
    {
        await _bot.Flow(_owner).Onboard()
            .Send(ConnectDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll").AssertAsks(ConversationPrompts.LogCall)
            .Send("When: today 9:00 am\nIncident: 00012345\n" + timeFrameLine)
            .AssertSays(ConversationSteps.TicketLogged)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
        return await _bot.SingleTicketAsync();
    }

    private async Task<Activity> FilePeakReportAsync(bool urgent, TestAdapter? adapter = null)
    {
        Activity? draft = null;
        await _bot.Flow(adapter ?? _owner).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PeakPage).AssertAsks(ConversationPrompts.Urgent)
            .Send(urgent ? "yes" : "no")
            .AnswerPeakFields()
            .AssertSays(ConversationSteps.Draft, reply => draft = reply)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
        return draft!;
    }

    // Moves the clock a working day at a time, sending what is due, until a supervisor gets an escalation card.
    private async Task<Activity> AdvanceUntilEscalatedAsync()
    {
        _bot.Time.SetUtcNow(FollowUpTestBot.Monday.AddDays(3).AddHours(1));
        for (var day = 0; day < 5; day++)
        {
            await _bot.FollowUp.SendDueAsync(CancellationToken.None);
            var escalation = _bot.Proactive.SentTo(FollowUpTestBot.SupervisorId).Find(a => a.GetMarker()?.Step == FollowUpSteps.Escalation);
            if (escalation is not null)
            {
                return escalation;
            }

            _bot.Time.Advance(TimeSpan.FromDays(1));
        }

        throw new InvalidOperationException("No supervisor got an escalation card within five days of the promised update.");
    }

    private async Task<string> DownloadCsvAsync(Activity digest)
    {
        var match = CsvLink().Match(digest.Text!);
        Assert.True(match.Success, "The digest has no CSV link.");
        var bytes = await _bot.Services.GetRequiredService<IDigestExportStore>().GetAsync(match.Groups["id"].Value, CancellationToken.None);
        return Encoding.UTF8.GetString(bytes!);
    }

    private static bool CardJsonContains(Activity reply, string value) =>
        System.Text.Json.JsonSerializer.Serialize(reply.Attachments).Contains(value, StringComparison.Ordinal);

    [GeneratedRegex(@"/digests/(?<id>[A-Za-z0-9_-]+)\.csv")]
    private static partial Regex CsvLink();
}
