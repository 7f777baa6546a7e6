using HelpBot.Domain.Drafts;

namespace HelpBot.Domain.Tests.Drafts;

public sealed class MailtoLinkTests
{
    [Fact]
    public void Create_Draft_StartsWithAddressAndSubject()
    {
        var link = MailtoLink.Create(CreateDraft("Subject", "Body"));

        Assert.StartsWith("mailto:CBMS.help@state.co.us?subject=Subject&body=", link, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("a&b=c", "a%26b%3Dc")]
    [InlineData("100%", "100%25")]
    [InlineData("what?#", "what%3F%23")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("line1\nline2", "line1%0D%0Aline2")]
    [InlineData("line1\r\nline2", "line1%0D%0Aline2")]
    public void Create_SpecialCharactersInBody_PercentEncodes(string body, string expected)
    {
        var link = MailtoLink.Create(CreateDraft("s", body))!;

        Assert.EndsWith("&body=" + expected, link, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Spaces_NeverUsesPlus()
    {
        var link = MailtoLink.Create(CreateDraft("PEAK technical issue", "a b c"))!;

        Assert.DoesNotContain("+", link, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LinkRoundTrip_DecodesToOriginalText()
    {
        var link = MailtoLink.Create(CreateDraft("Benefit information page, 2026-08-22", "Error: \"50% done\" & stuck"))!;

        var query = link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&');
        Assert.Equal("Benefit information page, 2026-08-22", Uri.UnescapeDataString(query[0]["subject=".Length..]));
        Assert.Equal("Error: \"50% done\" & stuck", Uri.UnescapeDataString(query[1]["body=".Length..]));
    }

    [Fact]
    public void Create_TooLong_ReturnsNull()
    {
        Assert.Null(MailtoLink.Create(CreateDraft("s", new string('x', 3000))));
    }

    [Fact]
    public void Create_CustomLimit_AppliesIt()
    {
        var draft = CreateDraft("s", "short body");

        Assert.Null(MailtoLink.Create(draft, maxLength: 20));
        Assert.NotNull(MailtoLink.Create(draft, maxLength: 200));
    }

    private static EmailDraft CreateDraft(string subject, string body) => new()
    {
        To = "CBMS.help@state.co.us",
        Subject = subject,
        Sections = [],
        AttachmentsToAdd = [],
        PlainTextBody = body,
    };
}
