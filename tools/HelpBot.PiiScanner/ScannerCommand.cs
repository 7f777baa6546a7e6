using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.PiiScanner;

/// <summary>
/// Reads JSON lines {"id","text"} and writes one JSON line {"id","entities":[{"category","offset","length",
/// "score"}]} per input line. A malformed line gets an error on standard error with its line number, and
/// scanning goes on.
/// </summary>
public static class ScannerCommand
{
    private const char ByteOrderMark = '\uFEFF';

    // Writes non-ASCII letters and signs such as + and ' as they are, so redacted text stays readable. The
    // lines are JSON for tools and terminals, never embedded in HTML.
    private static readonly ScanJsonContext OutputContext = new(new JsonSerializerOptions(ScanJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Help text.</summary>
    public const string Usage = """
        Usage: HelpBot.PiiScanner [--input FILE] [--redact] [--mode local|azure|both] [--profile deskaid|general]
          --input FILE  JSON lines to scan (default: standard input), one {"id": "...", "text": "..."} per line
          --redact      add "redactedText", with every finding replaced by a placeholder such as [SSN]
          --mode MODE   local (default), azure or both; azure and both need Pii__Azure__Endpoint and
                        Pii__Azure__Key (or Pii:Azure settings) in the environment
          --profile P   deskaid (default): the help-desk set of PII; general: also places, nationalities,
                        organizations, dates and times, IBANs, IP addresses, URLs and postal codes
          --help        print this text
        Output: one JSON line per scanned line, {"id", "entities": [{"category", "offset", "length", "score"}]},
        with offsets in UTF-16 code units as Azure AI Language returns them with stringIndexType=Utf16CodeUnit.
        "remoteUnavailable": true marks a line whose Azure check failed; standard error says why.
        Blank lines are skipped; a malformed line is reported on standard error and skipped.
        Exit code: 0 when every line was scanned, 1 when a line was malformed, 2 on invalid arguments.
        """;

    /// <summary>Runs the scanner and returns the exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = ScannerArguments.Parse(args, out var argumentError);
        if (options is null && argumentError is null)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (options is null)
        {
            await error.WriteLineAsync(argumentError + Environment.NewLine + Usage).ConfigureAwait(false);
            return 2;
        }

        var settings = new Dictionary<string, string?>();
        if (options.Mode is { } mode)
        {
            settings["Pii:Mode"] = mode.ToString();
        }

        if (options.Profile is { } profile)
        {
            settings["Pii:Profile"] = profile.ToString();
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        await using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();
        IPiiDetector detector;
        try
        {
            detector = provider.GetRequiredService<IPiiDetector>();
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Invalid settings: {DescribeFailures(exception, options.Mode)}").ConfigureAwait(false);
            return 2;
        }
        catch (InvalidOperationException exception)
        {
            // A setting that cannot be converted, such as Pii__Profile=Unknown in the environment.
            await error.WriteLineAsync($"Invalid settings: {exception.Message}").ConfigureAwait(false);
            return 2;
        }

        var redactor = provider.GetRequiredService<IPiiRedactor>();
        TextReader reader;
        try
        {
            reader = options.InputPath is null ? input : new StreamReader(options.InputPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Input file '{options.InputPath}' cannot be read: {exception.Message} Check the path and its permissions.").ConfigureAwait(false);
            return 2;
        }

        try
        {
            return await ScanAsync(reader, output, error, detector, options.Redact ? redactor : null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (options.InputPath is not null)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>
    /// Joins the validation failures into one line. Each failure is a sentence that ends with a period, so
    /// they are joined with a space (the exception's own message joins them with "; "). When --mode set the
    /// mode, the failures name that option instead of the Pii:Mode setting.
    /// </summary>
    private static string DescribeFailures(Microsoft.Extensions.Options.OptionsValidationException exception, PiiMode? commandLineMode)
    {
        var text = string.Join(" ", exception.Failures);
        if (commandLineMode is not { } mode)
        {
            return text;
        }

        var option = $"--mode {mode.ToString().ToLowerInvariant()}";
        return text
            .Replace("set Pii:Mode to Local", "pass --mode local", StringComparison.Ordinal)
            .Replace($"Pii:Mode {mode}", option, StringComparison.Ordinal);
    }

    private static async Task<int> ScanAsync(
        TextReader reader, TextWriter output, TextWriter error, IPiiDetector detector, IPiiRedactor? redactor, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var failed = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;

            // Standard input keeps the byte-order mark that some editors write before the first line.
            if (lineNumber == 1 && line.StartsWith(ByteOrderMark))
            {
                line = line[1..];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = Parse(line, lineNumber, out var message);
            if (parsed is null)
            {
                failed++;
                await error.WriteLineAsync(message).ConfigureAwait(false);
                continue;
            }

            var result = await detector.DetectAsync(parsed.Text!, cancellationToken).ConfigureAwait(false);
            foreach (var timedOut in result.Findings.Where(f => f.Explanation.TimedOut))
            {
                await error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {lineNumber}: the {timedOut.Explanation.RecognizerName} check timed out, so the whole text is reported as one {timedOut.Category} finding (fail closed).")).ConfigureAwait(false);
            }

            if (result.RemoteUnavailable)
            {
                await error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {lineNumber}: the Azure check was unavailable, so the local check's findings are reported. {result.RemoteFailure}")).ConfigureAwait(false);
            }

            var entities = result.Findings.Select(f => new ScanEntity(f.Category, f.Offset, f.Length, Math.Round(f.Score, 3))).ToList();
            var redacted = redactor?.Redact(parsed.Text!, result.Findings, RedactionDecision.Remove);
            var json = JsonSerializer.Serialize(new ScanOutput(parsed.Id!, entities, redacted, result.RemoteUnavailable), OutputContext.ScanOutput);
            await output.WriteLineAsync(json).ConfigureAwait(false);
        }

        return failed == 0 ? 0 : 1;
    }

    // True when the line is one complete JSON value, so a failed parse came from its shape, not its syntax.
    private static bool IsWellFormed(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ScanInput? Parse(string line, int lineNumber, out string? message)
    {
        message = null;
        ScanInput? input;
        try
        {
            input = JsonSerializer.Deserialize(line, ScanJsonContext.Default.ScanInput);
        }
        catch (JsonException exception)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"at {exception.Path ?? "$"}, byte {exception.BytePositionInLine + 1}");
            message = IsWellFormed(line)
                ? string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: not a JSON object of strings ({where}); expected {{\"id\": \"...\", \"text\": \"...\"}}. Skipped.")
                : string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: not valid JSON ({where}); expected {{\"id\": \"...\", \"text\": \"...\"}}. Skipped.");
            return null;
        }

        if (input?.Id is null || input.Text is null)
        {
            message = string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: missing \"id\" or \"text\" string. Skipped.");
            return null;
        }

        return input;
    }
}
