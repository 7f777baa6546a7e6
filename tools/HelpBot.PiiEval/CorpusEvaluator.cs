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
    /// <summary>Reads corpus.jsonl: one <see cref="CorpusRecord"/> per non-empty line.</summary>
    /// <exception cref="InvalidDataException">A line is not a valid record; the message names the line number.</exception>
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

            try
            {
                records.Add(JsonSerializer.Deserialize(line, EvalJsonContext.Default.CorpusRecord)
                    ?? throw new InvalidDataException($"{path}:{lineNumber}: the line is null."));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: invalid corpus record: {exception.Message}", exception);
            }
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

    private static void Count(Score category, Score overall, Action<Score> increment)
    {
        increment(category);
        increment(overall);
    }

    private static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;
}
