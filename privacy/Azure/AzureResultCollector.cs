using System.Globalization;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Maps per-document results back to the texts they came from. Each document id is the index of a chunk
/// among the chunks of all the texts. Offsets move by the chunk's start and categories are mapped to
/// HelpBot's. Findings of one category that overlap (the same entity seen in two overlapping documents,
/// or cut at one document's edge) become one finding over their union with the higher score.
/// </summary>
internal sealed class AzureResultCollector
{
    /// <summary>Recognizer name in the explanation of Azure findings.</summary>
    public const string RecognizerName = "AzureAILanguage";

    private readonly IReadOnlyList<(int Text, TextChunk Chunk)> _documents;
    private readonly TextResults[] _texts;
    private readonly PiiProfile _profile;

    /// <summary>Creates the collector for <paramref name="documents"/>, each chunk with the index of its text.</summary>
    public AzureResultCollector(IReadOnlyList<(int Text, TextChunk Chunk)> documents, int textCount, PiiProfile profile = PiiProfile.DeskAid)
    {
        _documents = documents;
        _profile = profile;
        _texts = new TextResults[textCount];
        for (var i = 0; i < textCount; i++)
        {
            _texts[i] = new TextResults();
        }
    }

    public void Add(PiiResults results)
    {
        foreach (var document in results.Documents ?? [])
        {
            var (text, chunk) = DocumentOf(document.Id);
            var target = _texts[text];
            target.Warnings.AddRange((document.Warnings ?? []).Select(w => w.Code ?? "UnknownWarning"));
            foreach (var entity in document.Entities ?? [])
            {
                AddEntity(target, chunk, entity);
            }
        }

        foreach (var error in results.Errors ?? [])
        {
            _texts[DocumentOf(error.Id).Text].Errors.Add(error.Error?.Code ?? "UnknownError");
        }
    }

    /// <summary>Returns one analysis per text, in the order of the texts.</summary>
    public IReadOnlyList<AzurePiiAnalysis> ToAnalyses() =>
        [.. _texts.Select(t => new AzurePiiAnalysis(Union(t.Findings), t.Warnings, t.Errors))];

    private (int Text, TextChunk Chunk) DocumentOf(string? id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _documents.Count
            ? _documents[index]
            : throw new AzurePiiException("The analyze-text response has a document id that the request did not send.");

    private void AddEntity(TextResults target, TextChunk chunk, PiiEntity entity)
    {
        var category = AzureCategoryMap.ToHelpBot(entity.Category, _profile);
        if (category is null || entity.Length <= 0 || entity.Offset < 0 || entity.Offset + entity.Length > chunk.Text.Length)
        {
            return;
        }

        var score = Math.Clamp(entity.ConfidenceScore, 0, 1);
        var explanation = new PiiExplanation(RecognizerName, $"Azure category {entity.Category}", score, score, []);
        target.Findings.Add(new PiiFinding(category, PiiCategoryTiers.For(category), chunk.Start + entity.Offset, entity.Length, score, explanation));
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

    private sealed class TextResults
    {
        public List<PiiFinding> Findings { get; } = [];

        public List<string> Warnings { get; } = [];

        public List<string> Errors { get; } = [];
    }
}
