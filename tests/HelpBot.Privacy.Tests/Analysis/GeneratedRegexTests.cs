using System.Reflection;
using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Analysis;

public sealed class GeneratedRegexTests
{
    // The regex source generator falls back to a Regex built at run time (interpreted, or the
    // NonBacktracking engine) for constructs it cannot emit, such as a case-insensitive backreference.
    // Such a regex is several times slower per call, so every regex of the detector must be generated code.
    [Fact]
    public void EveryRegexOfTheDetector_IsSourceGenerated()
    {
        var methods = typeof(PiiPattern).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.IsDefined(typeof(GeneratedRegexAttribute)))
            .ToList();

        var fallbacks = methods.Where(m => ((Regex)m.Invoke(null, null)!).GetType() == typeof(Regex))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.True(methods.Count > 40, $"{methods.Count} regexes found");
        Assert.Empty(fallbacks);
    }

    [Theory]
    [InlineData("Her Medicare number is 1EG4-TE5-MK73.", "1EG4-TE5-MK73")]
    [InlineData("MBI 1eg4te5mk73 on the card", "1eg4te5mk73")]
    [InlineData("MBI 1EG4-TE5MK73 has one dash", null)]
    [InlineData("MBI 1EG4TE5-MK73 has one dash", null)]
    public void MedicareBeneficiaryId_DashesBothOrNeither(string text, string? expected)
    {
        var values = AnalyzerFactory.FindValues(new MedicareBeneficiaryIdRecognizer(), text);

        Assert.Equal(expected is null ? [] : [expected], values);
    }
}
