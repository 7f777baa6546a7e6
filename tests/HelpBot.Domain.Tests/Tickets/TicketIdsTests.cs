using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.Tests.Tickets;

public sealed class TicketIdsTests
{
    [Theory]
    [InlineData("HB-0123456789AB", true)]
    [InlineData("HB-FFFFFFFFFFFF", true)]
    [InlineData("HB-0123456789ab", false)]
    [InlineData("HB-0123456789A", false)]
    [InlineData("HB-0123456789ABC", false)]
    [InlineData("XX-0123456789AB", false)]
    [InlineData("HB-0123456789AG", false)]
    [InlineData("Dana Testperson", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormed_Value_MatchesForm(string? id, bool expected)
    {
        Assert.Equal(expected, TicketIds.IsWellFormed(id));
    }

    [Theory]
    [InlineData("HB-0123456789AB", "HB-0123456789AB")]
    [InlineData("HB-1\nforged line", TicketIds.Malformed)]
    [InlineData(null, null)]
    public void ForLog_Value_KeepsOnlyWellFormedIds(string? id, string? expected)
    {
        Assert.Equal(expected, TicketIds.ForLog(id));
    }
}
