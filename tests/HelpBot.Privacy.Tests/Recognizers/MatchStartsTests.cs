using System.Text;
using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Tests.Analysis;

namespace HelpBot.Privacy.Tests.Recognizers;

/// <summary>
/// A pattern with match starts runs its anchored regex only at the candidate starts. These tests require every
/// match of the unanchored regex to start at a candidate, and the recognizer to find the same spans either way.
/// </summary>
public sealed class MatchStartsTests
{
    private static readonly string[] Atoms =
    [
        "client", "Client", "CLIENT", "son", "SON", "son's", "Son’s", "grandmother", "person", "mom", "kid", "\u212Aid",
        "Dana", "Testperson", "St. Clair", "St.", "St.Eva", "O'Brien", "Mary-Ann5", "José", "de la", "del ", "y ", "Van", "x", "_", "5", "é",
        " ", " ", " ", "  ", "\t", ",", " , ", ", ", ".", "\n",
    ];

    public static TheoryData<string> Profiles => new() { nameof(PiiProfile.DeskAid), nameof(PiiProfile.General) };

    [Fact]
    public void TryFind_RegexMatch_IsCandidate()
    {
        var starts = new List<int>();
        var missed = new List<string>();
        foreach (var pattern in PatternsWithStarts())
        {
            foreach (var text in Texts())
            {
                var segment = TextSegment.Create(text, 0, text.Length);
                if (!pattern.Starts!.TryFind(text, segment, starts))
                {
                    continue;
                }

                foreach (var index in RegexRetry.MatchStarts(pattern.Regex, text))
                {
                    if (!starts.Contains(index))
                    {
                        missed.Add($"{pattern.Name} at {index}: {text}");
                    }
                }
            }
        }

        Assert.True(missed.Count == 0, string.Join('\n', missed.Take(20)));
    }

    [Fact]
    public void Analyze_WithAndWithoutStarts_SameSpans()
    {
        foreach (var pattern in PatternsWithStarts())
        {
            var withStarts = new OnePatternRecognizer(pattern);
            var regexOnly = new OnePatternRecognizer(pattern with { Starts = null });
            foreach (var text in Texts())
            {
                Assert.Equal(Spans(regexOnly, text), Spans(withStarts, text));
            }
        }
    }

    [Theory]
    [InlineData("her son Diego called", 8)]
    [InlineData("client , Dana Testperson applied", 9)]
    [InlineData("her son's Diego called", 10)]
    [InlineData("the person Diego called", -1)]
    [InlineData("son,Diego called", -1)]
    public void TryFind_Cue_FindsNameStart(string text, int expected)
    {
        var pattern = PatternsWithStarts().Single(p => p.Starts is CueStarts);
        var starts = new List<int>();

        Assert.True(pattern.Starts!.TryFind(text, TextSegment.Create(text, 0, text.Length), starts));
        Assert.Equal(expected < 0 ? [] : [expected], starts);
    }

    [Theory]
    [InlineData("call Dana de la Cruz", new[] { 5 })]
    [InlineData("the PEAK site", new int[0])]
    [InlineData("St. Clair Dana", new[] { 0, 4 })]
    [InlineData("x_Dana Testperson", new int[0])]
    [InlineData("Dana\tTestperson", new[] { 0 })]
    public void TryFind_CapitalizedWords_FindsFirstWordStarts(string text, int[] expected)
    {
        var pattern = PatternsWithStarts().Single(p => p.Starts is CapitalizedPairStarts);
        var starts = new List<int>();

        Assert.True(pattern.Starts!.TryFind(text, TextSegment.Create(text, 0, text.Length), starts));
        Assert.Equal(expected, starts);
    }

    [Fact]
    public void TryFind_NonAsciiText_ReturnsFalse()
    {
        const string text = "her \u212Aid Dana Testperson called";
        foreach (var pattern in PatternsWithStarts())
        {
            Assert.False(pattern.Starts!.TryFind(text, TextSegment.Create(text, 0, text.Length), []));
        }
    }

    private static List<PiiPattern> PatternsWithStarts() =>
        [.. RecognizerRegistry.CreateBuiltIn().OfType<PatternRecognizer>().SelectMany(r => r.NamedPatterns).Where(p => p.Starts is not null)];

    // A finding from a timeout covers the whole text, so the analysis runs again after one, as RegexRetry does.
    private static List<(int, int)> Spans(PatternRecognizer recognizer, string text) => RegexRetry.Run(() =>
    {
        var findings = new List<PiiFinding>();
        recognizer.Analyze(text, findings);
        if (findings.Exists(f => f.Explanation.TimedOut))
        {
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException();
        }

        return findings.Select(f => (f.Offset, f.Length)).ToList();
    });

    // The corpus, the synthetic set and edge texts, then texts made of cue words, names and separators.
    private static IEnumerable<string> Texts()
    {
        foreach (var text in PatternGateSoundnessTests.Texts())
        {
            yield return text;
        }

        var random = new Random(7);
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Clear();
            for (var n = random.Next(2, 12); n > 0; n--)
            {
                builder.Append(Atoms[random.Next(Atoms.Length)]);
            }

            yield return builder.ToString();
        }
    }

    private sealed class OnePatternRecognizer(PiiPattern pattern) : PatternRecognizer(PiiCategories.Person, PiiTier.Identifier, [pattern]);
}
