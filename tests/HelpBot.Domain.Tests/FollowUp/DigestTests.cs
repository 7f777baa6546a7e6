using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.Tests.FollowUp;

public sealed class DigestTests
{
    private static readonly DateTimeOffset From = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_MixedTickets_CountsCreatedInPeriod()
    {
        var digest = DigestBuilder.Build(CreateTickets(), From, To);

        Assert.Equal(3, digest.Created);
        Assert.Equal(3, digest.CreatedTickets.Count);
    }

    [Fact]
    public void Build_MixedTickets_CountsBySystem()
    {
        var digest = DigestBuilder.Build(CreateTickets(), From, To);

        Assert.Equal(2, digest.BySystem[SupportSystems.Peak]);
        Assert.Equal(1, digest.BySystem[SupportSystems.ConnectForHealth]);
    }

    [Fact]
    public void Build_MissingCategory_CountsAsUnknown()
    {
        var digest = DigestBuilder.Build(CreateTickets(), From, To);

        Assert.Equal(1, digest.ByPage[DigestBuilder.Unknown]);
        Assert.Equal(2, digest.ByPage["benefit-information"]);
        Assert.Equal(3, digest.ByErrorCategory["error-message"]);
    }

    [Fact]
    public void Build_OpenAtEnd_IncludesOlderOpenTicket()
    {
        var digest = DigestBuilder.Build(CreateTickets(), From, To);

        Assert.Equal(["HB-OLD", "HB-A", "HB-C"], digest.Open.Select(t => t.Id));
    }

    [Fact]
    public void Build_PromisePassed_ListsOverdue()
    {
        var digest = DigestBuilder.Build(CreateTickets(), From, To);

        Assert.Equal(["HB-C"], digest.Overdue.Select(t => t.Id));
    }

    [Fact]
    public void Build_DuplicateTickets_CountsOnce()
    {
        var tickets = CreateTickets();

        var digest = DigestBuilder.Build(tickets.Concat(tickets), From, To);

        Assert.Equal(3, digest.Created);
    }

    [Fact]
    public void Build_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => DigestBuilder.Build([], To, From));
    }

    [Fact]
    public void Write_Digest_StartsWithHeader()
    {
        var csv = DigestCsv.Write(DigestBuilder.Build(CreateTickets(), From, To));

        var header = csv.Split("\r\n")[0];
        Assert.StartsWith("ticket_id,system,status,urgency,created_at,promised_update_by,overdue,page_category,error_category,incident_number,reminders_sent,escalation_level", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Digest_HasRowPerCreatedOrOpenTicket()
    {
        var csv = DigestCsv.Write(DigestBuilder.Build(CreateTickets(), From, To));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length); // header, HB-OLD, HB-A, HB-B, HB-C
        Assert.StartsWith("HB-C,connect-for-health,acknowledged,normal,2026-02-03T17:00:00Z,2026-02-06T17:00:00Z,yes,", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Digest_EndsRowsWithCrLf()
    {
        var csv = DigestCsv.Write(DigestBuilder.Build(CreateTickets(), From, To));

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Field_Value_QuotesAndGuards(string? value, string expected)
    {
        Assert.Equal(expected, DigestCsv.Field(value));
    }

    [Fact]
    public void WriteUtf8_Digest_StartsWithByteOrderMark()
    {
        var bytes = DigestCsv.WriteUtf8(DigestBuilder.Build([], From, To));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
    }

    private static List<Ticket> CreateTickets()
    {
        var old = CreateTicket("HB-OLD", SupportSystems.Peak, From.AddDays(-20), "benefit-information");
        var a = CreateTicket("HB-A", SupportSystems.Peak, From.AddDays(1), "benefit-information");
        var b = CreateTicket("HB-B", SupportSystems.Peak, From.AddDays(1).AddHours(2), null);
        b.SetStatus(TicketStatus.Resolved, From.AddDays(5));
        var c = CreateTicket("HB-C", SupportSystems.ConnectForHealth, From.AddDays(2).AddHours(17), "benefit-information");
        new CallLog(c.CreatedAt, "00012345", TimeFrame.Days(3)).ApplyTo(c);
        var later = CreateTicket("HB-LATER", SupportSystems.Peak, To.AddDays(1), "benefit-information");
        return [later, c, b, a, old];
    }

    private static Ticket CreateTicket(string id, string system, DateTimeOffset createdAt, string? page)
    {
        var ticket = new Ticket
        {
            Id = id,
            System = system,
            OwnerId = "u1",
            ChannelId = "test",
            CreatedAt = createdAt,
            PageCategory = page,
            ErrorCategory = "error-message",
        };
        ticket.SetStatus(TicketStatus.Drafted, createdAt);
        return ticket;
    }
}
