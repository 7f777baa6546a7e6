using System.Text.Json.Nodes;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed class FollowUpRequestReaderTests
{
    private static readonly TestAdapter Adapter = new();

    [Theory]
    [InlineData("my tickets", FollowUpActions.ListTickets)]
    [InlineData("My tickets!", FollowUpActions.ListTickets)]
    [InlineData("show my tickets", FollowUpActions.ListTickets)]
    [InlineData("digest", FollowUpActions.Digest)]
    [InlineData("Digest 30 days", FollowUpActions.Digest)]
    [InlineData("add supervisor 29:1AbC", FollowUpActions.AddSupervisor)]
    [InlineData("I sent it", FollowUpActions.RecordUpdate)]
    [InlineData("tickets", null)]
    [InlineData("my ticket number is 5", null)]
    [InlineData("digestive problems on the page", null)]
    [InlineData("add a supervisor", null)]
    [InlineData("my user id", FollowUpActions.ShowUserId)]
    [InlineData("Who am I?", FollowUpActions.ShowUserId)]
    [InlineData("", null)]
    public void Read_TypedText_ReturnsAction(string text, string? expected)
    {
        var request = FollowUpRequestReader.Read(Adapter.MakeMessage(text));

        Assert.Equal(expected, request?.Action);
    }

    [Theory]
    [InlineData("Replied: today 9:00 am")]
    [InlineData("Reply received: today 9:00 am")]
    public void Read_TypedReplyLine_ReadsReplyTime(string line)
    {
        var request = FollowUpRequestReader.Read(Adapter.MakeMessage("update ticket HB-0123456789AB\n" + line + "\nTime frame: 2 business days"))!;

        Assert.Equal(FollowUpActions.SetCallDetails, request.Action);
        Assert.Equal("today 9:00 am", request.RepliedAt);
        Assert.Null(request.CalledAt);
        Assert.Equal("2 business days", request.TimeFrame);
    }

    [Fact]
    public void Read_ReplySubmit_ReadsReplyTimeAndTimeFrame()
    {
        var value = new JsonObject
        {
            ["action"] = FollowUpActions.SetCallDetails,
            ["ticketId"] = "HB-0123456789AB",
            [FollowUpKeys.RepliedAt] = "today 9:00 am",
            [FollowUpKeys.TimeFrame] = "48 hours",
        };

        var request = FollowUpRequestReader.Read(Adapter.MakeValueMessage(value))!;

        Assert.Equal("HB-0123456789AB", request.TicketId);
        Assert.Equal("today 9:00 am", request.RepliedAt);
        Assert.Equal("48 hours", request.TimeFrame);
    }

    [Theory]
    [InlineData("digest", 30)]
    [InlineData("digest 7", 7)]
    [InlineData("digest 90 days", 90)]
    [InlineData("digest last 14 days", 14)]
    [InlineData("digest 2 weeks", 14)]
    [InlineData("digest 1 day", 1)]
    [InlineData("digest 6 months", 180)]
    [InlineData("digest 1 year", 365)]
    public void Read_DigestPeriod_ReturnsDays(string text, int expected)
    {
        var request = FollowUpRequestReader.Read(Adapter.MakeMessage(text))!;

        Assert.Equal(expected, request.PeriodDays);
        Assert.Null(request.Problem);
    }

    [Theory]
    [InlineData("digest 0 days")]
    [InlineData("digest 400 days")]
    [InlineData("digest abc")]
    [InlineData("digest 30 months")]
    [InlineData("digest -5 days")]
    [InlineData("digest 2 years")]
    [InlineData("digest 30 days please now")]
    public void Read_BadDigestPeriod_ExplainsProblem(string text)
    {
        var request = FollowUpRequestReader.Read(Adapter.MakeMessage(text))!;

        Assert.Equal(FollowUpActions.Digest, request.Action);
        Assert.Contains("digest 90 days", request.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("add supervisor 29:1AbC-xyz", "29:1AbC-xyz")]
    [InlineData("Add Supervisor: dl_user-7", "dl_user-7")]
    [InlineData("add  supervisor   user-2  ", "user-2")]
    [InlineData("add supervisor", "")]
    public void Read_AddSupervisor_KeepsIdAsTyped(string text, string expected)
    {
        var request = FollowUpRequestReader.Read(Adapter.MakeMessage(text))!;

        Assert.Equal(expected, request.UserId);
    }

    [Fact]
    public void Read_TicketSubmit_ReadsTicketAndInputs()
    {
        var value = new JsonObject { ["action"] = FollowUpActions.RecordUpdate, ["ticketId"] = "HB-0000000000A1", ["status"] = "resolved" };

        var request = FollowUpRequestReader.Read(Adapter.MakeValueMessage(value))!;

        Assert.Equal(FollowUpActions.RecordUpdate, request.Action);
        Assert.Equal("HB-0000000000A1", request.TicketId);
        Assert.Equal("resolved", request.Status);
    }

    [Theory]
    [InlineData("\"7\"", 7, false)]
    [InlineData("90", 90, false)]
    [InlineData("\"abc\"", null, true)]
    [InlineData("0", null, true)]
    [InlineData("true", null, true)]
    public void Read_DigestSubmit_ReadsPeriod(string periodJson, int? expected, bool problem)
    {
        var value = new JsonObject { ["action"] = FollowUpActions.Digest, ["periodDays"] = JsonNode.Parse(periodJson) };

        var request = FollowUpRequestReader.Read(Adapter.MakeValueMessage(value))!;

        Assert.Equal(problem, request.Problem is not null);
        Assert.Equal(expected, problem ? null : request.PeriodDays);
    }

    [Theory]
    [InlineData("Dana Testperson 303-555-0100")]
    [InlineData("../../tickets/x")]
    [InlineData("HB-0000000000A1\nFAKE LOG LINE")]
    [InlineData("hb-0000000000a1")]
    [InlineData("HB-1")]
    public void Read_MalformedTicketId_CountsAsMissing(string ticketId)
    {
        var value = new JsonObject { ["action"] = FollowUpActions.Resolve, ["ticketId"] = ticketId };

        var request = FollowUpRequestReader.Read(Adapter.MakeValueMessage(value))!;

        Assert.Equal(FollowUpActions.Resolve, request.Action);
        Assert.Null(request.TicketId);
    }

    [Fact]
    public void Read_EmailSentSubmitWithTicket_RecordsReported()
    {
        var value = new JsonObject { ["action"] = "emailSent", ["ticketId"] = "HB-0000000000A2" };

        var request = FollowUpRequestReader.Read(Adapter.MakeValueMessage(value))!;

        Assert.Equal(FollowUpActions.RecordUpdate, request.Action);
        Assert.Equal(TicketStatus.Reported, request.Status);
        Assert.Equal("HB-0000000000A2", request.TicketId);
    }

    [Theory]
    [InlineData("{\"action\":\"emailSent\",\"promptId\":\"p1\"}")]
    [InlineData("{\"action\":\"reportProblem\",\"promptId\":\"p1\"}")]
    [InlineData("{\"command\":\"back\"}")]
    [InlineData("{\"action\":42}")]
    public void Read_OtherSubmit_ReturnsNull(string json)
    {
        Assert.Null(FollowUpRequestReader.Read(Adapter.MakeValueMessage(JsonNode.Parse(json)!)));
    }
}
