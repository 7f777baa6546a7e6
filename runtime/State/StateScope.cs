using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace HelpBot.Runtime.State;

/// <summary>
/// One state document (a conversation's or a user's), held as a JSON object during the turn.
/// Typed values are read and written through source-generated <see cref="JsonTypeInfo{T}"/>.
/// </summary>
public sealed class StateScope
{
    private JsonObject _root = [];

    public StateScope(string storageKey) => StorageKey = storageKey;

    /// <summary>The key this document is stored under.</summary>
    public string StorageKey { get; private set; }

    /// <summary>The ETag the document was read with; null when it did not exist.</summary>
    public string? ETag { get; internal set; }

    /// <summary>The JSON as read, used to skip writing a document the turn did not change.</summary>
    internal ReadOnlyMemory<byte> LoadedJson { get; set; }

    /// <summary>Replaces the document with what storage returned for <paramref name="storageKey"/>.</summary>
    internal void Load(string storageKey, StoreItem? item)
    {
        StorageKey = storageKey;
        if (item is null)
        {
            return;
        }

        _root = JsonNode.Parse(item.Json.Span) as JsonObject ?? [];
        ETag = item.ETag;
        LoadedJson = item.Json;
    }

    /// <summary>The document's root object.</summary>
    public JsonObject Root => _root;

    /// <summary>Returns the value stored under <paramref name="key"/>, or default when it is missing.</summary>
    public T? Get<T>(string key, JsonTypeInfo<T> typeInfo) =>
        _root.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize(typeInfo) : default;

    /// <summary>Returns the value under <paramref name="key"/>, creating and storing it with <paramref name="create"/> when missing.</summary>
    public T GetOrCreate<T>(string key, JsonTypeInfo<T> typeInfo, Func<T> create)
    {
        var value = Get(key, typeInfo);
        if (value is not null)
        {
            return value;
        }

        value = create();
        Set(key, value, typeInfo);
        return value;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    public void Set<T>(string key, T value, JsonTypeInfo<T> typeInfo) =>
        _root[key] = JsonSerializer.SerializeToNode(value, typeInfo);

    /// <summary>Removes <paramref name="key"/>; returns whether it was there.</summary>
    public bool Remove(string key) => _root.Remove(key);

    /// <summary>Removes every value, as when a user asks to start over.</summary>
    public void Clear() => _root = [];

    /// <summary>Whether the document has no values.</summary>
    public bool IsEmpty => _root.Count == 0;

    /// <summary>Serializes the document as UTF-8 JSON.</summary>
    public byte[] ToUtf8Json()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            _root.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the document to <paramref name="writer"/>, which the caller flushes.</summary>
    internal void WriteTo(Utf8JsonWriter writer) => _root.WriteTo(writer);
}
