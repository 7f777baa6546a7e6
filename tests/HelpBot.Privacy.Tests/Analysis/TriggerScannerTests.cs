using System.Text.Json;
using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Tests.Analysis;

public sealed class TriggerScannerTests
{
    private static readonly string[] Values = ["is", "pass", "pregnan", "y/o", ".com", "e", "@", "messages to"];

    [Theory]
    [InlineData("Her PASSWORD was reset", "e", "pass")]
    [InlineData("she is PREGNANT", "e", "is", "pregnan")]
    [InlineData("client is 34 Y/O", "e", "is", "y/o")]
    [InlineData("write to test@example.com", "e", "@", ".com")]
    [InlineData("left messages  to her", "e")]
    [InlineData("left MESSAGES TO her", "e", "messages to")]
    [InlineData("", new string[0])]
    [InlineData("p", new string[0])]
    public void Scan_Text_FindsTheSameTriggersAsADirectSearch(string text, params string[] expected)
    {
        var ids = Values.Select((value, id) => (value, id)).ToDictionary(p => p.value, p => p.id);
        var scanner = new TriggerScanner(ids);

        var found = scanner.Scan(text);

        var actual = Values.Where(v => found.Contains(ids[v])).ToArray();
        Assert.Equal(expected.Order(), actual.Order());
        Assert.Equal(Values.Where(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)).Order(), actual.Order());
    }

    [Theory]
    [InlineData("th\u0131s")]
    [InlineData("\u017Fpeak")]
    [InlineData("\u212Aid")]
    public void Scan_NonAsciiLookalikes_AgreesWithOrdinalIgnoreCase(string text)
    {
        var values = new[] { "is", "speak", "kid" };
        var scanner = new TriggerScanner(values.Select((value, id) => (value, id)).ToDictionary(p => p.value, p => p.id));

        var found = scanner.Scan(text);

        for (var id = 0; id < values.Length; id++)
        {
            Assert.Equal(text.Contains(values[id], StringComparison.OrdinalIgnoreCase), found.Contains(id));
        }
    }

    [Fact]
    public void OccursIn_CorpusTexts_MatchesDirectSearch()
    {
        var triggers = RecognizerRegistry.CreateBuiltIn().OfType<PatternRecognizer>()
            .SelectMany(r => r.NamedPatterns).Select(p => p.Trigger).OfType<TriggerWords>().ToList();
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "HelpBot.Privacy.Tests", "Corpus", "corpus.jsonl");
        var texts = File.ReadLines(path).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();

        foreach (var text in texts)
        {
            var segment = TextSegment.Create(text, 0, text.Length);
            foreach (var trigger in triggers)
            {
                Assert.True(OccursDirectly(trigger, text) == trigger.OccursIn(text, segment), $"{string.Join('|', trigger.Values)} in corpus text");
            }
        }
    }

    [Theory]
    [InlineData("the person called", false)]
    [InlineData("Son called", true)]
    [InlineData("her son called", true)]
    [InlineData("her-son called", true)]
    [InlineData("Jason called", false)]
    [InlineData("a son", true)]
    [InlineData("2son", false)]
    public void Scan_WordStartTrigger_CountsOnlyAtTheStartOfAWord(string text, bool expected)
    {
        var scanner = new TriggerScanner(new Dictionary<TriggerString, int> { [new TriggerString("son", AtWordStart: true)] = 0 });

        Assert.Equal(expected, scanner.Scan(text).Contains(0));
    }

    [Theory]
    [InlineData("he left", true)]
    [InlineData("said he", true)]
    [InlineData("the page", false)]
    [InlineData("she left", false)]
    [InlineData("\u00E9he left", false)]
    [InlineData("\u00E9 he left", true)]
    [InlineData("2he", false)]
    [InlineData("-he", true)]
    public void Scan_TwoCharacterWordStartTrigger_CountsOnlyAtTheStartOfAWord(string text, bool expected)
    {
        var scanner = new TriggerScanner(new Dictionary<TriggerString, int>
        {
            [new TriggerString("he", AtWordStart: true)] = 0,
            [new TriggerString("ft", AtWordStart: false)] = 1,
        });

        var found = scanner.Scan(text);

        Assert.Equal(expected, found.Contains(0));
        Assert.Equal(text.Contains("ft", StringComparison.Ordinal), found.Contains(1));
    }

    [Theory]
    [InlineData("12 Main St apt 4", true)]
    [InlineData("12 Main St.", true)]
    [InlineData("status is stuck", false)]
    [InlineData("1st try", false)]
    [InlineData("st", true)]
    public void Scan_WholeWordTrigger_CountsOnlyAsAWholeWord(string text, bool expected)
    {
        var scanner = new TriggerScanner(new Dictionary<TriggerString, int> { [new TriggerString("st", AtWordStart: true, AtWordEnd: true)] = 0 });

        Assert.Equal(expected, scanner.Scan(text).Contains(0));
    }

    [Fact]
    public void OccursIn_LateWordStartTrigger()
    {
        // The segments are made before the trigger registers its strings, so it searches them itself.
        var inside = TextSegment.Create("the xqzson left", 0, 15);
        var start = TextSegment.Create("her qzson left", 0, 14);

        var late = PiiPattern.AnyWordOf("qzson");

        Assert.False(late.OccursIn("the xqzson left", inside));
        Assert.True(late.OccursIn("her qzson left", start));
    }

    // A direct search with the same rules as the scan: case-insensitive, a word-start string only where
    // no letter or digit comes before it, and a word-end string only where none comes after it.
    private static bool OccursDirectly(TriggerWords trigger, string text) =>
        trigger.Strings.Any(s => Occurrences(text, s.Value).Any(i =>
            (!s.AtWordStart || i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            && (!s.AtWordEnd || i + s.Value.Length == text.Length || !char.IsLetterOrDigit(text[i + s.Value.Length]))));

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            yield return i;
        }
    }

    [Fact]
    public void OccursIn_LateTrigger_SearchesDirectly()
    {
        const string text = "a zqxjv-late cue";
        var segment = TextSegment.Create(text, 0, text.Length);

        var late = PiiPattern.AnyOf("zqxjv-late");

        Assert.True(late.OccursIn(text, segment));
    }

    [Fact]
    public void OccursIn_NonAsciiTrigger_SearchesDirectly()
    {
        const string text = "Año de nacimiento";
        var trigger = PiiPattern.AnyOf("año de");

        Assert.True(trigger.OccursIn(text, TextSegment.Create(text, 0, text.Length)));
        Assert.False(trigger.OccursIn("ano de", TextSegment.Create("ano de", 0, 6)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(511)]
    public void Mask_OneId_IsFoundAndOverlapsOnlyItself(int id)
    {
        var mask = default(TriggerMask);
        var other = default(TriggerMask);
        var same = default(TriggerMask);

        mask.Set(id);
        other.Set(id == 0 ? 1 : id - 1);
        same.Set(id);

        Assert.True(mask.Contains(id));
        Assert.False(mask.IsEmpty);
        Assert.False(mask.Overlaps(in other));
        Assert.True(mask.Overlaps(in same));
        Assert.Equal(1, Enumerable.Range(0, TriggerMask.Capacity).Count(mask.Contains));
    }

    [Fact]
    public void BuiltInRecognizers_TriggerStrings_FitTheTable()
    {
        // A string that finds the table full is searched directly on every stretch, which is correct but slow.
        var strings = RecognizerRegistry.CreateBuiltIn().OfType<PatternRecognizer>()
            .SelectMany(r => r.TriggerStrings)
            .Where(TriggerScanner.CanIndex)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(strings.Count < TriggerMask.Capacity, $"{strings.Count} trigger strings for {TriggerMask.Capacity} ids");
    }
}
