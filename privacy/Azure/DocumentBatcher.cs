using System.Text.Json;

namespace HelpBot.Privacy.Azure;

/// <summary>Groups documents into requests of at most N documents and at most a byte budget of JSON-encoded text.</summary>
internal static class DocumentBatcher
{
    // Room for the request's fixed JSON and each document's id and language.
    private const int EnvelopeBytes = 512;
    private const int PerDocumentBytes = 64;

    /// <summary>Returns batches of chunk indexes, in order.</summary>
    public static List<IReadOnlyList<int>> Batch(List<TextChunk> chunks, AzurePiiOptions options)
    {
        var batches = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        var bytes = EnvelopeBytes;
        for (var i = 0; i < chunks.Count; i++)
        {
            var size = JsonEncodedText.Encode(chunks[i].Text).EncodedUtf8Bytes.Length + PerDocumentBytes;
            if (current.Count > 0 && (current.Count == options.MaxDocumentsPerRequest || bytes + size > options.MaxRequestBytes))
            {
                batches.Add(current);
                current = [];
                bytes = EnvelopeBytes;
            }

            current.Add(i);
            bytes += size;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
