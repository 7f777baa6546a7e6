using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Analysis;

public sealed class NonPiiSpansTests
{
    [Theory]
    [InlineData("PEAK said E1023 again", "E1023")]
    [InlineData("PEAK said e 1023 again", "e 1023")]
    [InlineData("PEAK said E-1023 again", "E-1023")]
    [InlineData("PEAK said e_1023 again", "e_1023")]
    [InlineData("got ERR-12345 at login", "ERR-12345")]
    [InlineData("got HTTP 404 at login", "HTTP 404")]
    [InlineData("status 503 on the page", "status 503")]
    [InlineData("error code: 5001 on submit", "error code: 5001")]
    public void Find_ErrorCode_IsOneStretch(string text, string expected)
    {
        var spans = NonPiiSpans.Find(text, TextSegmenter.Split(text));

        var span = Assert.Single(spans);
        Assert.Equal(expected, text[span.Start..span.End]);
    }

    [Fact]
    public void Join_OverlappingSpans_JoinedInPlace()
    {
        var spans = new List<(int Start, int End)> { (10, 12), (0, 5), (3, 8), (8, 9) };

        var joined = NonPiiSpans.Join(spans);

        Assert.Same(spans, joined);
        Assert.Equal([(0, 9), (10, 12)], joined);
    }
}
