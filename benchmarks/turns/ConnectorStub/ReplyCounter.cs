using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace HelpBot.Benchmarks.ConnectorStub;

/// <summary>Counts the replies the bots send and keeps the text of every <see cref="SampleEvery"/>th one.</summary>
public sealed class ReplyCounter
{
    /// <summary>One reply in this many is parsed and its text kept, so sampling costs almost nothing.</summary>
    public const int SampleEvery = 997;

    private const int MaxSamples = 40;
    private const int MaxSampleChars = 70;
    private static readonly byte[] ResourceResponse = "{\"id\":\"stub-reply\"}"u8.ToArray();

    private readonly ConcurrentDictionary<string, (int Count, long Bytes)> _samples = new(StringComparer.Ordinal);
    private long _requests;
    private long _bodyBytes;

    /// <summary>Answers one Connector request with a fixed resource id, after reading and counting its body.</summary>
    public async Task AcceptAsync(HttpContext context)
    {
        var count = Interlocked.Increment(ref _requests);
        var body = context.Request.Body;
        var bytes = count % SampleEvery == 0 ? await SampleAsync(body) : await CountAsync(body);
        Interlocked.Add(ref _bodyBytes, bytes);

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = ResourceResponse.Length;
        await context.Response.Body.WriteAsync(ResourceResponse);
    }

    /// <summary>Writes the request count, the total size of the request bodies and the sampled reply texts with their counts and mean body sizes, as plain text.</summary>
    public Task WriteStatsAsync(HttpContext context)
    {
        var text = new StringBuilder();
        text.Append("requests ").Append(Interlocked.Read(ref _requests)).Append('\n');
        text.Append("body_bytes ").Append(Interlocked.Read(ref _bodyBytes)).Append('\n');
        foreach (var (sample, (count, bytes)) in _samples.OrderByDescending(pair => pair.Value.Count))
        {
            text.Append("sample ").Append(count).Append(' ').Append(bytes / count).Append(" bytes ").Append(sample).Append('\n');
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }

    /// <summary>Sets the counts to zero and clears the samples.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _bodyBytes, 0);
        _samples.Clear();
    }

    // HttpClient's JsonContent sends chunked bodies with no Content-Length, so the bytes are counted as read.
    private static async Task<long> CountAsync(Stream body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<long> SampleAsync(Stream body)
    {
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        copy.Position = 0;

        using var document = await JsonDocument.ParseAsync(copy);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        var text = root.TryGetProperty("text", out var textElement) ? textElement.GetString() : null;
        var attachments = root.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
        var key = $"[{type}, {attachments} attachment(s)] {Shorten(text)}";
        var size = copy.Length;
        if (_samples.Count < MaxSamples || _samples.ContainsKey(key))
        {
            _samples.AddOrUpdate(key, (1, size), (_, value) => (value.Count + 1, value.Bytes + size));
        }

        return copy.Length;
    }

    private static string Shorten(string? text)
    {
        var line = (text ?? "").ReplaceLineEndings(" ");
        return line.Length <= MaxSampleChars ? line : string.Concat(line.AsSpan(0, MaxSampleChars), "...");
    }
}
