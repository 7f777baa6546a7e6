using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.Tests.FollowUp;

public sealed class FollowUpPolicyTests
{
    // Monday, February 2, 2026, 10:00 in Denver (UTC-7).
    private static readonly DateTimeOffset Monday10 = new(2026, 2, 2, 10, 0, 0, TimeSpan.FromHours(-7));

    [Fact]
    public void FirstReminderAt_CallWithThreeDayTimeFrame_IsThursdayAtTen()
    {
        var ticket = CreateCall(TimeFrame.Days(3));

        Assert.Equal(Monday10.AddDays(3), CreatePolicy().FirstReminderAt(ticket));
    }

    [Fact]
    public void FirstReminderAt_PeakWithoutPromise_WaitsReplyWindow()
    {
        var ticket = CreatePeak();

        Assert.Equal(Monday10.AddDays(2), CreatePolicy().FirstReminderAt(ticket));
    }

    [Fact]
    public void FirstReminderAt_PromiseAtNight_MovesToMorning()
    {
        var ticket = CreateCall(TimeFrame.Hours(10)); // 20:00 Monday

        Assert.Equal(Monday10.AddDays(1).AddHours(-2), CreatePolicy().FirstReminderAt(ticket));
    }

    [Fact]
    public void Advance_BeforeDue_SendsNothing()
    {
        var ticket = CreateCall(TimeFrame.Days(3));

        var decision = CreatePolicy().Advance(ticket, Monday10.AddDays(3).AddMinutes(-1));

        Assert.False(decision.SendsAnything);
        Assert.Equal(Monday10.AddDays(3), ticket.NextReminderAt);
    }

    [Fact]
    public void Advance_AtDue_RemindsWithTeamLead()
    {
        var ticket = CreateCall(TimeFrame.Days(3));

        var decision = CreatePolicy().Advance(ticket, Monday10.AddDays(3));

        Assert.True(decision.RemindOwner);
        Assert.Equal("Team Lead", decision.Step?.Title);
        Assert.Null(decision.EscalationReason);
        Assert.Equal(1, ticket.RemindersSent);
        Assert.Equal(1, ticket.EscalationLevel);
        Assert.Equal(Monday10.AddDays(4), ticket.NextReminderAt);
    }

    [Fact]
    public void Advance_SecondReminderWithoutUpdate_EscalatesOverdue()
    {
        var policy = CreatePolicy();
        var ticket = CreateCall(TimeFrame.Days(3));
        policy.Advance(ticket, Monday10.AddDays(3));
        ticket.OpenReminderSentAt = null; // the owner saw the reminder in "my tickets"

        var decision = policy.Advance(ticket, Monday10.AddDays(4));

        Assert.Equal(EscalationReasons.Overdue, decision.EscalationReason);
        Assert.Equal("Supervisor", decision.Step?.Title);
        Assert.Equal(TicketStatus.Escalated, ticket.Status);
        Assert.Equal(Monday10.AddDays(4), ticket.SupervisorsPromptedAt);
    }

    [Fact]
    public void Advance_ThirdReminder_DoesNotPromptSupervisorsAgain()
    {
        var policy = CreatePolicy();
        var ticket = CreateCall(TimeFrame.Days(3));
        policy.Advance(ticket, Monday10.AddDays(3));
        ticket.OpenReminderSentAt = null;
        policy.Advance(ticket, Monday10.AddDays(4));
        ticket.OpenReminderSentAt = null;

        var decision = policy.Advance(ticket, Monday10.AddDays(7)); // the next Monday

        Assert.True(decision.RemindOwner);
        Assert.Null(decision.EscalationReason);
        Assert.Equal("Manager", decision.Step?.Title);
    }

    [Fact]
    public void Advance_DueOutsideWorkingHours_WaitsForMorning()
    {
        var ticket = CreateCall(TimeFrame.Days(3));
        ticket.NextReminderAt = Monday10.AddDays(3);

        var decision = CreatePolicy().Advance(ticket, Monday10.AddDays(3).AddHours(12)); // Thursday 22:00

        Assert.False(decision.SendsAnything);
        Assert.Equal(Monday10.AddDays(4).AddHours(-2), ticket.NextReminderAt);
    }

    [Fact]
    public void Advance_NewUrgentTicketAtNight_PromptsSupervisorsAtOnce()
    {
        var ticket = CreatePeak();
        ticket.Urgency = TicketUrgency.MedicallyUrgent;
        var night = Monday10.AddHours(13); // 23:00

        var decision = CreatePolicy().Advance(ticket, night);

        Assert.Equal(EscalationReasons.Urgent, decision.EscalationReason);
        Assert.False(decision.RemindOwner);
        Assert.Equal(night.AddHours(4), ticket.NextReminderAt);
        Assert.Equal(TicketStatus.Drafted, ticket.Status);
    }

    [Fact]
    public void Advance_UrgentDueAtNight_RemindsOwner()
    {
        var policy = CreatePolicy();
        var ticket = CreatePeak();
        ticket.Urgency = TicketUrgency.MedicallyUrgent;
        policy.Advance(ticket, Monday10);

        var decision = policy.Advance(ticket, Monday10.AddHours(4));

        Assert.True(decision.RemindOwner);
        Assert.Null(decision.EscalationReason);
        Assert.Equal("Enrollment entity", decision.Step?.Title);
    }

    [Fact]
    public void Advance_DraftedPeak_SuggestsSendingWithoutEscalating()
    {
        var policy = CreatePolicy();
        var ticket = CreatePeak();
        policy.Advance(ticket, Monday10.AddDays(2));
        ticket.OpenReminderSentAt = null;

        var decision = policy.Advance(ticket, Monday10.AddDays(3));

        Assert.Equal("Send the e-mail", decision.Step?.Title);
        Assert.Null(decision.EscalationReason);
        Assert.Equal(0, ticket.EscalationLevel);
    }

    [Fact]
    public void Advance_PreviousReminderOpen_SkipsReminderButEscalates()
    {
        var policy = CreatePolicy();
        var ticket = CreateCall(TimeFrame.Days(3));
        policy.Advance(ticket, Monday10.AddDays(3));

        var decision = policy.Advance(ticket, Monday10.AddDays(4));

        Assert.False(decision.RemindOwner);
        Assert.True(decision.ReminderSkipped);
        Assert.Equal(EscalationReasons.Overdue, decision.EscalationReason);
        Assert.Equal(2, ticket.RemindersSent);
        Assert.Equal(2, ticket.EscalationLevel);
        Assert.Equal(Monday10.AddDays(3), ticket.OpenReminderSentAt);
        Assert.Equal(Monday10.AddDays(7).AddHours(-2), ticket.NextReminderAt); // Saturday moves to Monday 8:00
    }

    [Fact]
    public void Advance_UrgentReminderOpen_SkipsReminder()
    {
        var policy = CreatePolicy();
        var ticket = CreatePeak();
        ticket.Urgency = TicketUrgency.MedicallyUrgent;
        policy.Advance(ticket, Monday10);
        policy.Advance(ticket, Monday10.AddHours(4));

        var decision = policy.Advance(ticket, Monday10.AddHours(8));

        Assert.False(decision.RemindOwner);
        Assert.Equal(Monday10.AddHours(12), ticket.NextReminderAt);
    }

    [Fact]
    public void OnOwnerUpdate_DropsUndeliveredReminder()
    {
        var ticket = CreateCall(TimeFrame.Days(3));
        ticket.PendingNotices.Add(new PendingNotice(NoticeKinds.Reminder, "test", "u1", null, 0, Monday10.AddDays(3), Level: 0));
        ticket.PendingNotices.Add(new PendingNotice(NoticeKinds.OwnerNotice, "test", "u1", null, 0, Monday10.AddDays(3), OwnerNoticeKinds.Acknowledged));

        CreatePolicy().OnOwnerUpdate(ticket, Monday10.AddDays(3).AddHours(1));

        var kept = Assert.Single(ticket.PendingNotices);
        Assert.Equal(NoticeKinds.OwnerNotice, kept.Kind);
    }

    [Fact]
    public void OnOwnerUpdate_ClosesOpenReminder()
    {
        var policy = CreatePolicy();
        var ticket = CreateCall(TimeFrame.Days(3));
        policy.Advance(ticket, Monday10.AddDays(3));

        policy.OnOwnerUpdate(ticket, Monday10.AddDays(3).AddHours(1));

        Assert.Null(ticket.OpenReminderSentAt);
    }

    [Fact]
    public void Advance_AcknowledgedBySupervisor_DoesNotEscalate()
    {
        var policy = CreatePolicy();
        var ticket = CreateCall(TimeFrame.Days(3));
        policy.Advance(ticket, Monday10.AddDays(3));
        ticket.AcknowledgedAt = Monday10.AddDays(3);

        var decision = policy.Advance(ticket, Monday10.AddDays(4));

        Assert.Null(decision.EscalationReason);
    }

    [Theory]
    [InlineData(TicketStatus.Resolved)]
    [InlineData(TicketStatus.Closed)]
    public void Advance_ClosedTicket_StopsReminders(string status)
    {
        var ticket = CreateCall(TimeFrame.Days(3));
        ticket.SetStatus(status, Monday10);

        var decision = CreatePolicy().Advance(ticket, Monday10.AddDays(3));

        Assert.False(decision.SendsAnything);
        Assert.Null(ticket.NextReminderAt);
    }

    [Fact]
    public void OnOwnerUpdate_EmailSent_WaitsReplyWindowAndResetsCount()
    {
        var ticket = CreatePeak();
        ticket.RemindersSent = 2;

        CreatePolicy().OnOwnerUpdate(ticket, Monday10.AddDays(1));

        Assert.Equal(0, ticket.RemindersSent);
        Assert.Equal(Monday10.AddDays(3), ticket.NextReminderAt);
    }

    [Fact]
    public void OnOwnerUpdate_CallWithoutTimeFrame_WaitsNoTimeFrameDays()
    {
        var ticket = CreateCall(timeFrame: null);

        CreatePolicy().OnOwnerUpdate(ticket, Monday10.AddDays(1));

        Assert.Equal(Monday10.AddDays(4), ticket.NextReminderAt); // Tuesday + 3 working days
    }

    [Fact]
    public void OnOwnerUpdate_TimeFramePassed_WaitsOneInterval()
    {
        var ticket = CreateCall(TimeFrame.Days(1));

        CreatePolicy().OnOwnerUpdate(ticket, Monday10.AddDays(2));

        Assert.Equal(Monday10.AddDays(3), ticket.NextReminderAt);
    }

    [Fact]
    public void StepAt_CallWithoutTimeFrame_AsksForUpdate()
    {
        var ticket = CreateCall(timeFrame: null);

        var step = EscalationLadder.StepAt(ticket, 0);

        Assert.Equal("Team Lead", step.Title);
        Assert.DoesNotContain("time frame passed", step.WhatToSay, StringComparison.Ordinal);
        Assert.Contains("no time frame was given", step.WhatToSay, StringComparison.Ordinal);
    }

    [Fact]
    public void StepAt_CallWithTimeFrame_SaysTimeFramePassed()
    {
        var ticket = CreateCall(TimeFrame.Days(3));

        Assert.Contains("time frame passed", EscalationLadder.StepAt(ticket, 0).WhatToSay, StringComparison.Ordinal);
    }

    [Fact]
    public void OnOwnerUpdate_PromiseAhead_WaitsForPromise()
    {
        var ticket = CreateCall(TimeFrame.Days(3));

        CreatePolicy().OnOwnerUpdate(ticket, Monday10.AddDays(1));

        Assert.Equal(Monday10.AddDays(3), ticket.NextReminderAt);
    }

    [Fact]
    public void TimeZoneOf_UnknownId_UsesDefault()
    {
        var ticket = CreatePeak();
        ticket.TimeZone = "Not/AZone";

        Assert.Equal("America/Denver", CreatePolicy().TimeZoneOf(ticket).Id);
    }

    private static FollowUpPolicy CreatePolicy() => new(new FollowUpOptions());

    private static Ticket CreateCall(TimeFrame? timeFrame)
    {
        var ticket = new Ticket { Id = "HB-1", System = SupportSystems.ConnectForHealth, OwnerId = "u1", ChannelId = "test", CreatedAt = Monday10 };
        ticket.SetStatus(TicketStatus.Drafted, Monday10);
        new CallLog(Monday10, "00012345", timeFrame).ApplyTo(ticket);
        return ticket;
    }

    private static Ticket CreatePeak()
    {
        var ticket = new Ticket { Id = "HB-2", System = SupportSystems.Peak, OwnerId = "u1", ChannelId = "test", CreatedAt = Monday10 };
        ticket.SetStatus(TicketStatus.Drafted, Monday10);
        return ticket;
    }
}
