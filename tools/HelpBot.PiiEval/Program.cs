using HelpBot.PiiEval;
using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Prints per-category precision, recall and F2 on the labelled corpus, the share of texts that leak a
// first-tier identifier, and the binary-level score on presidio-research's synthetic data set.
var options = EvalArguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(EvalArguments.Usage);
    return 2;
}

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
await using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();
var analyzer = provider.GetRequiredService<IPiiAnalyzer>();

var corpus = CorpusEvaluator.Read(options.CorpusPath);
var evaluation = CorpusEvaluator.Evaluate(corpus, analyzer.Analyze);
EvalReport.WriteCorpus(Console.Out, options.CorpusPath, evaluation);

if (options.SynthPath is not null)
{
    var synth = SynthEvaluator.Read(options.SynthPath);
    var score = SynthEvaluator.Evaluate(synth, analyzer.Analyze);
    EvalReport.WriteSynth(Console.Out, options.SynthPath, synth.Count, score);
}

return 0;
