using HelpBot.PiiEval;
using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// Prints per-category precision, recall and F2 on the labelled corpus, the share of texts that leak a
// first-tier identifier, and the binary-level score of each profile on presidio-research's synthetic
// data set.
var (options, message, exitCode) = EvalArguments.Parse(args);
if (options is null)
{
    (exitCode == 0 ? Console.Out : Console.Error).WriteLine(message);
    return exitCode;
}

if (options.Note is not null)
{
    Console.Error.WriteLine(options.Note);
}

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
await using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();
IPiiAnalyzer analyzer;
try
{
    analyzer = provider.GetRequiredService<IPiiAnalyzer>();
    _ = provider.GetRequiredService<IOptions<PiiOptions>>().Value;
}
catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException)
{
    // An invalid or unconvertible Pii__ setting in the environment, such as Pii__Profile=Unknown.
    Console.Error.WriteLine($"Invalid settings: {exception.Message}");
    return 2;
}

var corpus = CorpusEvaluator.Read(options.CorpusPath);
var evaluation = CorpusEvaluator.Evaluate(corpus, analyzer.Analyze);
EvalReport.WriteCorpus(Console.Out, options.CorpusPath, evaluation);

if (options.SynthPath is not null)
{
    // The synthetic set is scored with each profile: DeskAid is the product default, General flags
    // places, dates, organizations and the like, as Presidio out of the box does.
    var synth = SynthEvaluator.Read(options.SynthPath);
    var scores = new List<(PiiProfile Profile, Score Score)>();
    foreach (var profile in Enum.GetValues<PiiProfile>())
    {
        var settings = new Dictionary<string, string?> { ["Pii:Profile"] = profile.ToString() };
        var profileConfiguration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        await using var profileProvider = new ServiceCollection().AddHelpBotPrivacy(profileConfiguration).BuildServiceProvider();
        var profileAnalyzer = profileProvider.GetRequiredService<IPiiAnalyzer>();
        scores.Add((profile, SynthEvaluator.Evaluate(synth, profileAnalyzer.Analyze)));
    }

    EvalReport.WriteSynth(Console.Out, options.SynthPath, synth.Count, scores);
}

return 0;
