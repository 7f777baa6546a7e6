namespace HelpBot.Runtime.State;

/// <summary>
/// Key-value storage for bot state with optimistic concurrency. Values are serialized JSON, so
/// callers never share mutable objects with the store.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every change in one operation. An item whose <see cref="StoreItem.ETag"/> is null
    /// must not exist yet; <c>*</c> overwrites unconditionally; any other value must equal the
    /// stored ETag.
    /// </summary>
    /// <returns>The new ETag of each written key.</returns>
    /// <exception cref="StorageConcurrencyException">An ETag did not match; nothing was written.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the keys that exist; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
