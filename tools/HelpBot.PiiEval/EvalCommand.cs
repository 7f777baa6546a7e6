using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.PiiEval;

/// <summary>
/// Prints per-category precision, recall and F2 on the labelled corpus, the share of texts that leak a
/// first-tier identifier, and the binary-level score of each profile on presidio-research's synthetic
/// data set.
/// </summary>
public static class EvalCommand
{
    /// <summary>
    /// Runs the evaluation and returns the exit code: 0 on success or --help, 2 on invalid options,
    /// settings or input files. An invalid input file gets a one-line error on <paramref name="error"/>.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (options, message, exitCode) = EvalArguments.Parse(args);
        if (options is null)
        {
            await (exitCode == 0 ? output : error).WriteLineAsync(message).ConfigureAwait(false);
            return exitCode;
        }

        if (options.Note is not null)
        {
            await error.WriteLineAsync(options.Note).ConfigureAwait(false);
        }

        try
        {
            return await EvaluateAsync(options, output, error).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // InvalidDataException messages name the file and the line or record; I/O errors name the file.
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task<int> EvaluateAsync(EvalArguments options, TextWriter output, TextWriter error)
    {
        // Both inputs are read before any scoring, so a bad synthetic data set fails before the corpus table.
        var corpus = CorpusEvaluator.Read(options.CorpusPath);
        var synth = options.SynthPath is null ? null : SynthEvaluator.Read(options.SynthPath);

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();
        IPiiAnalyzer analyzer;
        try
        {
            analyzer = provider.GetRequiredService<IPiiAnalyzer>();
            _ = provider.GetRequiredService<IOptions<PiiOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            // Each failure is a sentence that ends with a period, so a space joins them where the exception message uses "; ".
            await error.WriteLineAsync($"Invalid settings: {string.Join(" ", exception.Failures)}").ConfigureAwait(false);
            return 2;
        }
        catch (InvalidOperationException exception)
        {
            // A Pii__ setting in the environment that cannot be converted, such as Pii__Profile=Unknown.
            await error.WriteLineAsync($"Invalid settings: {exception.Message}").ConfigureAwait(false);
            return 2;
        }

        var evaluation = CorpusEvaluator.Evaluate(corpus, analyzer.Analyze);
        EvalReport.WriteCorpus(output, options.CorpusPath, evaluation);

        if (synth is not null)
        {
            // The synthetic set is scored with each profile: DeskAid is the product default, General flags
            // places, dates, organizations and the like, as Presidio out of the box does.
            var scores = new List<(PiiProfile Profile, Score Score)>();
            foreach (var profile in Enum.GetValues<PiiProfile>())
            {
                var settings = new Dictionary<string, string?> { ["Pii:Profile"] = profile.ToString() };
                var profileConfiguration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
                await using var profileProvider = new ServiceCollection().AddHelpBotPrivacy(profileConfiguration).BuildServiceProvider();
                var profileAnalyzer = profileProvider.GetRequiredService<IPiiAnalyzer>();
                scores.Add((profile, SynthEvaluator.Evaluate(synth, profileAnalyzer.Analyze)));
            }

            EvalReport.WriteSynth(output, options.SynthPath!, synth.Count, scores);
        }

        return 0;
    }
}
