using System.Globalization;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Maps per-document results back to the whole text: offsets move by the document's start, categories are
/// mapped to HelpBot's, and findings of one category that overlap (the same entity seen in two overlapping
/// documents, or cut at one document's edge) become one finding over their union with the higher score.
/// </summary>
internal sealed class AzureResultCollector(List<TextChunk> chunks)
{
    /// <summary>Recognizer name in the explanation of Azure findings.</summary>
    public const string RecognizerName = "AzureAILanguage";

    private readonly List<PiiFinding> _findings = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _errors = [];

    public void Add(PiiResults results)
    {
        foreach (var document in results.Documents ?? [])
        {
            var chunk = ChunkOf(document.Id);
            _warnings.AddRange((document.Warnings ?? []).Select(w => w.Code ?? "UnknownWarning"));
            foreach (var entity in document.Entities ?? [])
            {
                AddEntity(chunk, entity);
            }
        }

        _errors.AddRange((results.Errors ?? []).Select(e => e.Error?.Code ?? "UnknownError"));
    }

    public AzurePiiAnalysis ToAnalysis() => new(Union(_findings), _warnings, _errors);

    private TextChunk ChunkOf(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < chunks.Count
            ? chunks[index]
            : throw new AzurePiiException("The analyze-text response has a document id that the request did not send.");

    private void AddEntity(TextChunk chunk, PiiEntity entity)
    {
        var category = AzureCategoryMap.ToHelpBot(entity.Category);
        if (category is null || entity.Length <= 0 || entity.Offset < 0 || entity.Offset + entity.Length > chunk.Text.Length)
        {
            return;
        }

        var score = Math.Clamp(entity.ConfidenceScore, 0, 1);
        var explanation = new PiiExplanation(RecognizerName, $"Azure category {entity.Category}", score, score, []);
        _findings.Add(new PiiFinding(category, PiiCategoryTiers.For(category), chunk.Start + entity.Offset, entity.Length, score, explanation));
    }

    private static List<PiiFinding> Union(List<PiiFinding> findings)
    {
        var result = new List<PiiFinding>(findings.Count);
        foreach (var group in findings.GroupBy(f => f.Category, StringComparer.Ordinal))
        {
            PiiFinding? current = null;
            foreach (var finding in group.OrderBy(f => f.Offset))
            {
                if (current is not null && finding.Offset <= current.End)
                {
                    var end = Math.Max(current.End, finding.End);
                    current = current with { Length = end - current.Offset, Score = Math.Max(current.Score, finding.Score) };
                    continue;
                }

                if (current is not null)
                {
                    result.Add(current);
                }

                current = finding;
            }

            result.Add(current!);
        }

        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }
}
