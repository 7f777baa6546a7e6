namespace HelpBot.Cards.Tests.Validation;

public sealed class MarkdownNumberingTests
{
    [Theory]
    [InlineData("2. Clear your browser's cache")]
    [InlineData("3) Use another browser")]
    [InlineData("1. Sign out\n3. Use another browser")]
    [InlineData("  12. Twelfth")]
    public void IsRenumbered_ListNotFromOne_ReturnsTrue(string markdown)
    {
        Assert.True(MarkdownNumbering.IsRenumbered(markdown));
    }

    [Theory]
    [InlineData("Tip 2: Clear your browser's cache")]
    [InlineData("2\\. Clear your browser's cache")]
    [InlineData("1. Sign out\n2. Clear the cache\n3. Use another browser")]
    [InlineData("1. Only item")]
    [InlineData("Call 555-0100 at 2.30 pm")]
    [InlineData("2.5 GB upload limit")]
    public void IsRenumbered_NumbersKept_ReturnsFalse(string markdown)
    {
        Assert.False(MarkdownNumbering.IsRenumbered(markdown));
    }
}
