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

    [Theory]
    [InlineData("Client: Dana Testperson", true)]
    [InlineData("client called at 9:30", true)]
    [InlineData("her name is Dana", true)]
    [InlineData("the client called", false)]
    [InlineData("upload failed at 9:30", false)]
    public void CanMatch_SecondTrigger_NeedsBoth(string text, bool expected)
    {
        var pattern = new PiiPattern("test", new System.Text.RegularExpressions.Regex("x"), 0.5)
        {
            Trigger = PiiPattern.AnyWordOf("name", "client"),
            SecondTrigger = PiiPattern.AnyOf([":"], ["name"]),
        };

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

    [Fact]
    public void Analyze_CueOnPreviousLine_FindsNumber()
    {
        // A local number needs a context word to reach the threshold. Here the word ends the line before
        // it, and that line is scanned as another stretch.
        const string filler = "The upload page froze again after the button was pressed twice today.";
        var lines = Enumerable.Repeat(filler, 80).ToList();
        lines.Insert(40, "The office asked us to try again tomorrow morning, and her cell is");
        lines.Insert(41, "555-0100 after noon.");
        var text = string.Join('\n', lines);

        var values = AnalyzerFactory.FindValues(new PhoneNumberRecognizer(), text);

        Assert.True(text.Length > TextSegmenter.WholeTextLimit);
        Assert.Equal(["555-0100"], values);
    }

    [Fact]
    public void Analyze_NoCue_SkipsLocalNumber()
    {
        Assert.Empty(AnalyzerFactory.FindValues(new PhoneNumberRecognizer(), "Try 555-0100 after noon."));
    }

    [Fact]
    public void Analyze_LuhnValidCard_NeedsNoCue()
    {
        // The card pattern scores below the threshold, but a Luhn-valid number scores 1 without context.
        Assert.Equal(["4111 1111 1111 1111"], AnalyzerFactory.FindValues(new CreditCardRecognizer(), "Try 4111 1111 1111 1111 later."));
    }
}
