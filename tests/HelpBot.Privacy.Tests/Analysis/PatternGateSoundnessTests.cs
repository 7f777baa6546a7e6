using System.Text.Json;
using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;
using HelpBot.PiiEval;
using HelpBot.Privacy.Tests.Recognizers;
using HelpBot.Testing;

namespace HelpBot.Privacy.Tests.Analysis;

/// <summary>
/// A pattern's preconditions (digit counts, digit runs, trigger strings) may only skip text where its regex
/// cannot match. These tests run the regex of every built-in pattern and non-PII finder on the corpus, the
/// synthetic set and edge texts, and require the preconditions to allow each text the regex matches.
/// </summary>
public sealed class PatternGateSoundnessTests
{
    // Cues at the start of a word, inside longer words and after punctuation.
    private static readonly string[] EdgeTexts =
    [
        "her grandmother Dana Testperson called",
        "his boyfriend, Luis Example, applied",
        "the person Dana Testperson applied",
        "(client) Dana Testperson",
        "client's son Diego Example",
        "e-mailed Dana Testperson yesterday",
        "emailed Dana Testperson yesterday",
        "We texted Dana Testperson and called Luis Example",
        "Mrs. Dana Testperson and Dr Luis Example",
        "username: dtest01, name: Dana Testperson",
        "My name is dana testperson",
        "everyone call me Dee",
        "Client: Dana Testperson",
        "reason Dana Testperson",
        "Spoke with Dana Testperson about the renewal",
        "he is a nonsmoker and she is a non-smoker",
        "client was found ineligible for Medicaid",
        "he  was 45 when he applied",
        "leave messages  to 303-555-0149",
        "she is a noncitizen",
        "gets home health care and was in the hospital",
        "Medicaid eligibility status: denied",
        "income: $1,200 and she earned $300/week",
        "due 3rd of March, 1990",
        "pwd: Fake-4417 then pass=Fake-4418",
        "tel 303-555-0147 or telephone 303-555-0148",
        "ss# 900-00-0001",
        "her W-2 and form 1120-S",
        "Chrome version 116.0.5845.188, app v2.1 and the 116.0.5845.188 build",
        "ticket INC-0012345, error E1023 and code: 500 at http://peak.example.org",
    ];



    public static TheoryData<string> Profiles => new() { nameof(PiiProfile.DeskAid), nameof(PiiProfile.General) };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Preconditions_RegexMatch_Allowed(string profile)
    {
        var patterns = Recognizers(Enum.Parse<PiiProfile>(profile)).SelectMany(r => r.NamedPatterns).Concat(NonPiiSpans.Patterns).ToList();
        var rejected = new List<string>();

        foreach (var text in Texts())
        {
            var segment = TextSegment.Create(text, 0, text.Length);
            foreach (var pattern in patterns.Where(p => Matches(p, text) && !p.CanMatch(text, segment)))
            {
                rejected.Add($"{pattern.Name}: {text}");
            }
        }

        Assert.True(rejected.Count == 0, string.Join('\n', rejected.Take(20)));
    }

    [Fact]
    public void Trigger_WordStart_SkipsCueInsideAWord()
    {
        var trigger = PiiPattern.AnyWordOf("son");

        Assert.False(trigger.OccursIn("the person called", TextSegment.Create("the person called", 0, 17)));
        Assert.True(trigger.OccursIn("her Son called", TextSegment.Create("her Son called", 0, 14)));
        Assert.True(trigger.OccursIn("son called", TextSegment.Create("son called", 0, 10)));
        Assert.True(trigger.OccursIn("(son) called", TextSegment.Create("(son) called", 0, 12)));
    }

    private static bool Matches(PiiPattern pattern, string text) => RegexRetry.Run(() => pattern.Regex.IsMatch(text));

    private static IEnumerable<PatternRecognizer> Recognizers(PiiProfile profile)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new PiiOptions { Profile = profile });
        return new RecognizerRegistry(RecognizerRegistry.CreateBuiltIn(), options).Recognizers.OfType<PatternRecognizer>();
    }

    internal static IEnumerable<string> Texts()
    {
        var corpus = Path.Combine(RepositoryRoot.Find(), "tests", "HelpBot.Privacy.Tests", "Corpus", "corpus.jsonl");
        var synth = SharedFolder.Combine(RepositoryRoot.Find(), "benchmarks", "pii", "synth_dataset_v2.json");
        return File.ReadLines(corpus).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Concat(SynthEvaluator.Read(synth).Select(s => s.FullText))
            .Concat(EdgeTexts);
    }
}
