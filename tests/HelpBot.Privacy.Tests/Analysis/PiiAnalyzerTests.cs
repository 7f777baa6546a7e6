using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Analysis;

public sealed class PiiAnalyzerTests
{
    [Theory]
    [InlineData("Call CBMS at 1-855-752-6749 or (800) 221-3943.")]
    [InlineData("TTY 1-855-346-3432")]
    [InlineData("Write to CBMS.help@state.co.us")]
    [InlineData("Case 1B00000 and 1B1234567, ticket INC0012345, tracking 123456789")]
    [InlineData("PEAK showed ERR-12345, then HTTP 404, on 8/22 at 7:15am and again 10/02.")]
    [InlineData("Chrome version 116.0.5845.188 on Windows 11, see https://peak.my.site.com/s/login")]
    [InlineData("The $25 fee for Denver County, Medicaid and CHP+ on connectforhealthco.com")]
    public void Analyze_NonPiiText_FindsNothing(string text)
    {
        var findings = AnalyzerFactory.Create().Analyze(text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Analyze_AllowListFromOptions_SkipsListedPhone()
    {
        var options = new PiiOptions { AllowList = ["(303) 555-0100"] };

        var findings = AnalyzerFactory.Create(options).Analyze("Call 303.555.0100 or 303-555-0101.");

        Assert.Equal(["303-555-0101"], findings.Select(f => "Call 303.555.0100 or 303-555-0101."[f.Offset..f.End]));
    }

    [Fact]
    public void Analyze_ScoreThreshold_DropsLowerScores()
    {
        var options = new PiiOptions { ScoreThreshold = 0.99 };

        var findings = AnalyzerFactory.Create(options).Analyze("Her SSN is 078-05-1120.");

        Assert.Empty(findings);
    }

    [Fact]
    public void Analyze_DisabledRecognizer_DoesNotRun()
    {
        var options = new PiiOptions { DisabledRecognizers = [nameof(EmailRecognizer)] };

        var findings = AnalyzerFactory.Create(options).Analyze("test.client@example.org");

        Assert.Empty(findings);
    }

    [Fact]
    public void Analyze_OverlappingFindings_KeepsHigherTier()
    {
        var findings = AnalyzerFactory.Create().Analyze("her phone 303-555-1099 works");

        Assert.Equal([PiiCategories.PhoneNumber], findings.Select(f => f.Category));
    }

    // Each finding's category and text. The street starts at its own house number, not at the last part of
    // the SSN before it, and no person is found in the street name.
    [Theory]
    [InlineData("Spouse SSN 219-09-9999 lives at 123 Main St, Denver, CO 80202.",
        "USSocialSecurityNumber:219-09-9999|Address:123 Main St|Address:Denver, CO 80202")]
    [InlineData("Called Dana Testperson at 303-555-0100, SSN 219-09-9999; left a message.",
        "Person:Dana Testperson|PhoneNumber:303-555-0100|USSocialSecurityNumber:219-09-9999")]
    [InlineData("Texted Dana Testperson, then Visited Grace Testperson at home.",
        "Person:Dana Testperson|Person:Grace Testperson")]
    [InlineData("born 1/2/1900 near 4 Example Rd", "DateOfBirth:1/2/1900|Address:4 Example Rd")]
    [InlineData("client lives at 123 W 42nd St, apt 5", "Address:123 W 42nd St, apt 5")]
    [InlineData("client lives at 10 63 Avenue now", "Address:10 63 Avenue")]
    public void Analyze_AdjacentValues_FindsEachWithItsOwnBounds(string text, string expected)
    {
        var findings = AnalyzerFactory.Create().Analyze(text);

        Assert.Equal(expected, string.Join("|", findings.Select(f => $"{f.Category}:{text.Substring(f.Offset, f.Length)}")));
    }

    [Fact]
    public void Analyze_Finding_ExplanationHasNoMatchedText()
    {
        const string text = "Client is Dana Testperson.";

        var finding = Assert.Single(AnalyzerFactory.Create().Analyze(text));

        Assert.Equal(nameof(PersonRecognizer), finding.Explanation.RecognizerName);
        Assert.Contains("client", finding.Explanation.ContextWords);
        Assert.DoesNotContain("Dana", finding.Explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PathologicalInput_FailsClosedOverWholeText()
    {
        var text = new string('a', 40_000) + "!";

        var finding = Assert.Single(AnalyzerFactory.CreateFor(new BacktrackingRecognizer()).Analyze(text));

        Assert.Equal(PiiCategories.Password, finding.Category);
        Assert.Equal(0, finding.Offset);
        Assert.Equal(text.Length, finding.Length);
        Assert.True(finding.Explanation.TimedOut);
        Assert.Contains("timed out", finding.Explanation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_UnicodeText_ReturnsUtf16Offsets()
    {
        const string text = "😀😀 Client is José Nguyen.";

        var finding = Assert.Single(AnalyzerFactory.Create().Analyze(text));

        Assert.Equal("José Nguyen", text.Substring(finding.Offset, finding.Length));
    }

    // A recognizer whose nested quantifier backtracks exponentially on a run of letters with no match,
    // with a 1 ms timeout.
    private sealed class BacktrackingRecognizer()
        : PatternRecognizer(PiiCategories.Password, PiiTier.Identifier, [new("Nested quantifier", SlowRegex, 0.9)])
    {
        private static readonly Regex SlowRegex = new("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [InlineData("Walk-in today: Grace Van der Berg, 91 years old, needs help with CHP+ for her kids.", PiiCategories.Person, "Grace Van der Berg")]
    [InlineData("New address: 66139 Test Ave Apt 12B. The county still shows the old one.", PiiCategories.Address, "66139 Test Ave Apt 12B")]
    public void Analyze_OverlapsOfOneCategory_GiveOneFinding(string text, string category, string expected)
    {
        var findings = AnalyzerFactory.Create().Analyze(text);

        var finding = Assert.Single(findings, f => f.Category == category);
        Assert.Equal(expected, text.Substring(finding.Offset, finding.Length));
    }
}
