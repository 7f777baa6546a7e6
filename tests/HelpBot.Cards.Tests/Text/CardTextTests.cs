using HelpBot.Cards.Text;

namespace HelpBot.Cards.Tests.Text;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[click](https://evil.example)")]
    [InlineData("![x](https://evil.example/p.png)")]
    [InlineData("[click][1]\n\n[1]: https://evil.example")]
    [InlineData("<https://evil.example>")]
    [InlineData("https://evil.example/login")]
    [InlineData("see www.evil.example now")]
    [InlineData("<a href=\"https://evil.example\">x</a>")]
    public void Escape_LinkAttempt_RendersNoLink(string userText)
    {
        var html = MarkdownRendering.ToHtml(CardText.Escape(userText));

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**bold**", "strong")]
    [InlineData("__bold__", "strong")]
    [InlineData("*it*", "em")]
    [InlineData("_it_", "em")]
    [InlineData("~~gone~~", "del")]
    [InlineData("`code`", "code")]
    [InlineData("# Heading", "h1")]
    [InlineData("Title\n===", "h1")]
    [InlineData("> quote", "blockquote")]
    [InlineData("- item", "li")]
    [InlineData("+ item", "li")]
    [InlineData("* item", "li")]
    [InlineData("1. first", "li")]
    [InlineData("  12) twelfth", "li")]
    [InlineData("---", "hr")]
    [InlineData("a | b\n--|--\nc | d", "table")]
    [InlineData("<b>html</b>", "b")]
    public void Escape_Formatting_RendersAsPlainText(string userText, string unexpectedTag)
    {
        var tags = MarkdownRendering.FormattingTags(CardText.Escape(userText));

        Assert.DoesNotContain(unexpectedTag, tags);
        Assert.Empty(tags);
    }

    [Theory]
    [InlineData("[click](https://evil.example)")]
    [InlineData("**bold** _it_ `code` ~x~")]
    [InlineData("# Heading\n> quote\n- item\n1. first")]
    [InlineData("Página en blanco 😀 — ошибка 错误 العربية")]
    [InlineData("C:\\Users\\dana\\file.png")]
    [InlineData("a < b > c & d")]
    public void Escape_AnyText_RendersTheCharactersTyped(string userText)
    {
        var visible = MarkdownRendering.VisibleText(CardText.Escape(userText));

        Assert.Equal(Normalize(userText), visible);
    }

    [Theory]
    [InlineData("Hello world", "Hello world")]
    [InlineData("Call 555-0100 today", "Call 555-0100 today")]
    [InlineData("Case 1B00000", "Case 1B00000")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_PlainText_LeavesItUnchanged(string? userText, string expected)
    {
        Assert.Equal(expected, CardText.Escape(userText));
    }

    [Fact]
    public void Escape_Link_SeparatesBrackets()
    {
        var escaped = CardText.Escape("[click](https://evil.example)");

        Assert.DoesNotContain("](", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\u202Eb", "ab")]
    [InlineData("a\u2066b\u2069", "ab")]
    [InlineData("a\u0000b\u0007", "ab")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("a\tb", "a b")]
    public void Clean_ControlCharacters_RemovesOrNormalizes(string userText, string expected)
    {
        Assert.Equal(expected, CardText.Clean(userText));
    }

    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdef", 3, "abc\u2026")]
    [InlineData("ab 😀", 4, "ab\u2026")]
    public void Truncate_LongText_CutsWithEllipsis(string text, int maxLength, string expected)
    {
        Assert.Equal(expected, CardText.Truncate(text, maxLength));
    }

    [Fact]
    public void Truncate_ZeroLength_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Truncate("abc", 0));
    }

    // Escape trims leading spaces per line, and renderers drop empty lines and bidi controls.
    private static string Normalize(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}
