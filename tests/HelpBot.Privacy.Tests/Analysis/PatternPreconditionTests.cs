using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Analysis;

public sealed class PatternPreconditionTests
{
    [Theory]
    [InlineData("SSN 078-05-1120", 9, 4, true)]
    [InlineData("case 1B1234567", 8, 7, true)]
    [InlineData("no digits here", 0, 0, false)]
    public void Create_Text_CountsDigitsAndRuns(string text, int digits, int longest, bool hasRuns)
    {
        var segment = TextSegment.Create(text, 0, text.Length);

        Assert.Equal(digits, segment.DigitCount);
        Assert.Equal(longest, segment.LongestDigitRun);
        Assert.Equal(hasRuns, segment.DigitRuns != 0);
    }

    [Theory]
    [InlineData("SSN 078-05-1120", true)]
    [InlineData("call 303-555-0100", false)]
    [InlineData("number 0780511200", false)]
    public void CanMatch_AllDigitRuns_NeedsEveryLength(string text, bool expected)
    {
        var pattern = new PiiPattern("test", new System.Text.RegularExpressions.Regex("x"), 0.5) { AllDigitRuns = DigitRuns.Of(2, 3, 4) };

        Assert.Equal(expected, pattern.CanMatch(text, TextSegment.Create(text, 0, text.Length)));
    }

    [Theory]
    [InlineData("my Password is x", true)]
    [InlineData("nothing to see", false)]
    public void CanMatch_Trigger_NeedsCueIgnoringCase(string text, bool expected)
    {
        var pattern = new PiiPattern("test", new System.Text.RegularExpressions.Regex("x"), 0.5) { Trigger = PiiPattern.AnyOf("password") };

        Assert.Equal(expected, pattern.CanMatch(text, TextSegment.Create(text, 0, text.Length)));
    }

    [Fact]
    public void Split_LongText_CutsAtLineBreaks()
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('a', 100), 50));

        var segments = TextSegmenter.Split(text);

        Assert.True(segments.Count > 1, $"{segments.Count} segments");
        Assert.All(segments, s => Assert.True(s.End == text.Length || text[s.End] == '\n', $"segment ends at {s.End}"));
        Assert.Equal(text.Length - (segments.Count - 1), segments.Sum(s => s.Length));
    }

    [Fact]
    public void Analyze_LongTextLineByLine_FindsSameAsPerLine()
    {
        var analyzer = AnalyzerFactory.Create();
        const string line = "Client is Dana Testperson, SSN 078-05-1120, phone 303-555-0100, case 1B00000.";
        var text = string.Join('\n', Enumerable.Repeat(line, 80));

        var whole = analyzer.Analyze(text);
        var single = analyzer.Analyze(line);

        Assert.Equal(single.Count * 80, whole.Count);
    }
}
