namespace HelpBot.Runtime.State;

/// <summary>A stored value: UTF-8 JSON and the ETag of the version it was read as or written over.</summary>
/// <param name="Json">The serialized value.</param>
/// <param name="ETag">The version; see <see cref="IStorage.WriteAsync"/> for its meaning on write.</param>
public sealed record StoreItem(ReadOnlyMemory<byte> Json, string? ETag)
{
    /// <summary>ETag that overwrites whatever is stored.</summary>
    public const string AnyETag = "*";
}
