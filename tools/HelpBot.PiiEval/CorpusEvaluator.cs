using System.Globalization;
using System.Text.Json;
using HelpBot.Privacy;

namespace HelpBot.PiiEval;

/// <summary>
/// Scores a detector on the labelled corpus. A gold span counts as found when a finding of the same
/// category overlaps it, and a finding counts as correct when it overlaps a gold span of its category.
/// Leaks are counted per text: a text leaks when a first-tier gold span keeps a letter or digit that no
/// finding of any category covers.
/// </summary>
public static class CorpusEvaluator
{
    private const string RecordShape = "each line is one JSON object {\"id\", \"text\", \"entities\": [{\"category\", \"offset\", \"length\"}], \"nonPii\"?}";

    /// <summary>Reads corpus.jsonl: one <see cref="CorpusRecord"/> per non-empty line.</summary>
    /// <exception cref="InvalidDataException">
    /// A line is not a valid record: not JSON, missing a field, or with a span outside its text. The message
    /// is one line that names the file, the line number and the fault.
    /// </exception>
    public static List<CorpusRecord> Read(string path)
    {
        var records = new List<CorpusRecord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CorpusRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, EvalJsonContext.Default.CorpusRecord);
            }
            catch (JsonException exception)
            {
                throw Invalid(path, lineNumber, $"not a JSON object ({JsonFault(exception)})", exception);
            }

            var fault = record is null ? "the line is null" : FindFault(record);
            if (fault is not null)
            {
                throw Invalid(path, lineNumber, fault);
            }

            records.Add(record!);
        }

        return records;
    }

    /// <summary>Runs <paramref name="analyze"/> over every record and scores the findings.</summary>
    public static CorpusEvaluation Evaluate(IEnumerable<CorpusRecord> records, Func<string, IReadOnlyList<PiiFinding>> analyze)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(analyze);
        var evaluation = new CorpusEvaluation();
        foreach (var record in records)
        {
            evaluation.TextCount++;
            var findings = analyze(record.Text);
            ScoreGold(record, findings, evaluation);
            ScoreFindings(record, findings, evaluation);
            CheckNonPii(record, findings, evaluation);
            if (Leaks(record, findings))
            {
                evaluation.LeakingTextIds.Add(record.Id);
            }
        }

        return evaluation;
    }

    private static void ScoreGold(CorpusRecord record, IReadOnlyList<PiiFinding> findings, CorpusEvaluation evaluation)
    {
        foreach (var gold in record.Entities)
        {
            var found = findings.Any(f => f.Category == gold.Category && Overlaps(f.Offset, f.End, gold.Offset, gold.End));
            Count(evaluation.For(gold.Category), evaluation.Overall, s => s.Gold++);
            if (found)
            {
                Count(evaluation.For(gold.Category), evaluation.Overall, s => s.Found++);
            }
            else
            {
                evaluation.Errors.Add($"{record.Id}: missed {gold.Category} at {gold.Offset}+{gold.Length}");
            }
        }
    }

    private static void ScoreFindings(CorpusRecord record, IReadOnlyList<PiiFinding> findings, CorpusEvaluation evaluation)
    {
        foreach (var finding in findings)
        {
            var correct = record.Entities.Any(g => g.Category == finding.Category && Overlaps(finding.Offset, finding.End, g.Offset, g.End));
            Count(evaluation.For(finding.Category), evaluation.Overall, s => s.Predicted++);
            if (correct)
            {
                Count(evaluation.For(finding.Category), evaluation.Overall, s => s.Correct++);
            }
            else
            {
                evaluation.Errors.Add($"{record.Id}: wrong {finding.Category} at {finding.Offset}+{finding.Length}");
            }
        }
    }

    private static void CheckNonPii(CorpusRecord record, IReadOnlyList<PiiFinding> findings, CorpusEvaluation evaluation)
    {
        foreach (var finding in findings)
        {
            var nonPii = record.NonPii?.FirstOrDefault(n => Overlaps(finding.Offset, finding.End, n.Offset, n.End));
            if (nonPii is not null)
            {
                evaluation.NonPiiFlagged.Add($"{record.Id}: {finding.Category} over {nonPii.Kind}");
            }
            else if (record.Entities.Count == 0)
            {
                evaluation.NonPiiFlagged.Add($"{record.Id}: {finding.Category} in a text with no PII");
            }
        }
    }

    private static bool Leaks(CorpusRecord record, IReadOnlyList<PiiFinding> findings)
    {
        foreach (var gold in record.Entities.Where(g => PiiCategoryTiers.For(g.Category) == PiiTier.Identifier))
        {
            for (var i = gold.Offset; i < gold.End; i++)
            {
                if (char.IsLetterOrDigit(record.Text[i]) && !findings.Any(f => f.Offset <= i && i < f.End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the parser's description of <paramref name="exception"/> without its " Path: ... | LineNumber:"
    /// suffix, followed by the 1-based byte position in the line.
    /// </summary>
    internal static string JsonFault(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var description = (suffix < 0 ? message : message[..suffix]).TrimEnd('.');
        return exception.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"{description}, at byte {position + 1}")
            : description;
    }

    private static InvalidDataException Invalid(string path, int lineNumber, string fault, Exception? inner = null) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: invalid corpus record: {fault}. Fix or remove the line; {RecordShape}."), inner);

    // Returns what makes the record unusable, or null. Every span must lie inside the text.
    private static string? FindFault(CorpusRecord record)
    {
        if (record.Id is null)
        {
            return "\"id\" is missing";
        }

        if (record.Text is null)
        {
            return "\"text\" is missing";
        }

        if (record.Entities is null)
        {
            return "\"entities\" is missing";
        }

        for (var i = 0; i < record.Entities.Count; i++)
        {
            var span = record.Entities[i];
            if (span is null || span.Category is null || !Fits(span.Offset, span.Length, record.Text.Length))
            {
                return string.Create(CultureInfo.InvariantCulture, $"entities[{i}] needs a \"category\" and an offset and length inside the text of {record.Text.Length} characters");
            }
        }

        for (var i = 0; i < (record.NonPii?.Count ?? 0); i++)
        {
            var span = record.NonPii![i];
            if (span is null || span.Kind is null || !Fits(span.Offset, span.Length, record.Text.Length))
            {
                return string.Create(CultureInfo.InvariantCulture, $"nonPii[{i}] needs a \"kind\" and an offset and length inside the text of {record.Text.Length} characters");
            }
        }

        return null;
    }

    private static bool Fits(int offset, int length, int textLength) => offset >= 0 && length >= 0 && offset <= textLength - length;

    private static void Count(Score category, Score overall, Action<Score> increment)
    {
        increment(category);
        increment(overall);
    }

    private static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;
}
