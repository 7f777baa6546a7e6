using System.Text;
using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Tests.Storage;

/// <summary>The behaviour every <see cref="IStorage"/> provider must have; one subclass per provider.</summary>
public abstract class StorageContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Creates an empty store; each call in a test returns a view of the same store.</summary>
    protected abstract IStorage CreateStorage();

    [Fact]
    public async Task ReadAsync_UnknownKey_ReturnsNoItem()
    {
        var storage = CreateStorage();

        var items = await storage.ReadAsync(["test/conversations/missing"], None);

        Assert.Empty(items);
    }

    [Fact]
    public async Task ReadAsync_NoKeys_ReturnsNoItem()
    {
        var storage = CreateStorage();

        var items = await storage.ReadAsync([], None);

        Assert.Empty(items);
    }

    [Fact]
    public async Task WriteAsync_NewKeyWithNullETag_CreatesItem()
    {
        var storage = CreateStorage();

        var etags = await storage.WriteAsync(Changes(("k1", """{"a":1}""", null)), None);
        var items = await storage.ReadAsync(["k1"], None);

        Assert.Equal("""{"a":1}""", Text(items["k1"]));
        Assert.Equal(etags["k1"], items["k1"].ETag);
    }

    [Fact]
    public async Task WriteAsync_NullETagWhenKeyExists_ThrowsAndKeepsValue()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Changes(("k1", """{"v":"first"}""", null)), None);

        var exception = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => storage.WriteAsync(Changes(("k1", """{"v":"second"}""", null)), None));
        var items = await storage.ReadAsync(["k1"], None);

        Assert.Equal("k1", exception.Key);
        Assert.Equal("""{"v":"first"}""", Text(items["k1"]));
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_UpdatesValueAndETag()
    {
        var storage = CreateStorage();
        var first = await storage.WriteAsync(Changes(("k1", """{"v":1}""", null)), None);

        var second = await storage.WriteAsync(Changes(("k1", """{"v":2}""", first["k1"])), None);
        var items = await storage.ReadAsync(["k1"], None);

        Assert.Equal("""{"v":2}""", Text(items["k1"]));
        Assert.NotEqual(first["k1"], second["k1"]);
        Assert.Equal(second["k1"], items["k1"].ETag);
    }

    [Fact]
    public async Task WriteAsync_StaleETagInBatch_WritesNothingOfBatch()
    {
        var storage = CreateStorage();
        var first = await storage.WriteAsync(Changes(("k1", """{"v":1}""", null), ("k2", """{"v":1}""", null)), None);
        await storage.WriteAsync(Changes(("k2", """{"v":2}""", first["k2"])), None);

        // k1's ETag is current and k3 is new, but k2's ETag is stale, so the whole batch must fail.
        var exception = await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(
            Changes(("k1", """{"v":"batch"}""", first["k1"]), ("k2", """{"v":"batch"}""", first["k2"]), ("k3", """{"v":"batch"}""", null)),
            None));
        var items = await storage.ReadAsync(["k1", "k2", "k3"], None);

        Assert.Equal("k2", exception.Key);
        Assert.Equal("""{"v":1}""", Text(items["k1"]));
        Assert.Equal("""{"v":2}""", Text(items["k2"]));
        Assert.False(items.ContainsKey("k3"));
        Assert.Equal(first["k1"], items["k1"].ETag);
    }

    [Fact]
    public async Task WriteAsync_ETagForMissingKey_Throws()
    {
        var storage = CreateStorage();

        var exception = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => storage.WriteAsync(Changes(("k1", "{}", "some-etag")), None));

        Assert.Equal("k1", exception.Key);
    }

    [Fact]
    public async Task WriteAsync_WildcardETag_OverwritesAnyVersion()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Changes(("k1", """{"v":1}""", null)), None);

        await storage.WriteAsync(Changes(("k1", """{"v":2}""", StoreItem.AnyETag)), None);
        await storage.WriteAsync(Changes(("k2", """{"v":3}""", StoreItem.AnyETag)), None);
        var items = await storage.ReadAsync(["k1", "k2"], None);

        Assert.Equal("""{"v":2}""", Text(items["k1"]));
        Assert.Equal("""{"v":3}""", Text(items["k2"]));
    }

    [Fact]
    public async Task DeleteAsync_ExistingAndMissingKeys_RemovesExisting()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Changes(("k1", "{}", null), ("k2", "{}", null)), None);

        await storage.DeleteAsync(["k1", "never-written"], None);
        var items = await storage.ReadAsync(["k1", "k2"], None);

        Assert.False(items.ContainsKey("k1"));
        Assert.True(items.ContainsKey("k2"));
    }

    [Fact]
    public async Task DeleteAsync_ThenCreate_OldETagDoesNotMatch()
    {
        var storage = CreateStorage();
        var first = await storage.WriteAsync(Changes(("k1", """{"v":1}""", null)), None);
        await storage.DeleteAsync(["k1"], None);
        await storage.WriteAsync(Changes(("k1", """{"v":2}""", null)), None);

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => storage.WriteAsync(Changes(("k1", """{"v":3}""", first["k1"])), None));
    }

    [Theory]
    [InlineData("msteams/conversations/a:1#b?c'd\"e%f_g\\h")]
    [InlineData("directline/users/Dünya-日本語-🙂")]
    [InlineData("x/conversations/'; DROP TABLE bot_state; --")]
    [InlineData("  spaced key  ")]
    public async Task WriteAsync_OddCharactersInKey_RoundTrips(string key)
    {
        var storage = CreateStorage();

        await storage.WriteAsync(Changes((key, """{"name":"Zoë ✓"}""", null)), None);
        var items = await storage.ReadAsync([key], None);

        Assert.Equal("""{"name":"Zoë ✓"}""", Text(items[key]));
    }

    [Fact]
    public async Task ReadAsync_KeysDifferingInCase_AreDistinct()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Changes(("Key", """{"v":"upper"}""", null), ("key", """{"v":"lower"}""", null)), None);

        var items = await storage.ReadAsync(["Key", "key", "KEY"], None);

        Assert.Equal("""{"v":"upper"}""", Text(items["Key"]));
        Assert.Equal("""{"v":"lower"}""", Text(items["key"]));
        Assert.False(items.ContainsKey("KEY"));
    }

    [Fact]
    public async Task WriteAsync_LargeValue_RoundTrips()
    {
        var storage = CreateStorage();
        var json = Encoding.UTF8.GetBytes("{\"draft\":\"" + new string('x', 4 * 1024 * 1024) + "\"}");

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["big"] = new(json, null) }, None);
        var items = await storage.ReadAsync(["big"], None);

        Assert.Equal(json.Length, items["big"].Json.Length);
        Assert.True(items["big"].Json.Span.SequenceEqual(json));
    }

    [Fact]
    public async Task WriteAsync_CallerChangesBufferAfterWrite_StoredValueUnchanged()
    {
        var storage = CreateStorage();
        var json = Encoding.UTF8.GetBytes("""{"v":1}""");

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k1"] = new(json, null) }, None);
        json[5] = (byte)'9';
        var items = await storage.ReadAsync(["k1"], None);

        Assert.Equal("""{"v":1}""", Text(items["k1"]));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        const int Writers = 8;
        var storage = CreateStorage();
        var created = await storage.WriteAsync(Changes(("race", """{"winner":-1}""", null)), None);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var writer = CreateStorage();
            await writer.WriteAsync(Changes(("race", $$"""{"winner":{{i}}}""", created["race"])), None);
            return i;
        })).ToArray();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts.Select(Outcome));
        var items = await storage.ReadAsync(["race"], None);

        var winners = outcomes.Where(o => o.Winner is not null).ToArray();
        Assert.Single(winners);
        Assert.Equal(Writers - 1, outcomes.Count(o => o.Error is StorageConcurrencyException));
        Assert.Equal($$"""{"winner":{{winners[0].Winner}}}""", Text(items["race"]));
    }

    protected static Dictionary<string, StoreItem> Changes(params (string Key, string Json, string? ETag)[] changes)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var (key, json, etag) in changes)
        {
            result[key] = new StoreItem(Encoding.UTF8.GetBytes(json), etag);
        }

        return result;
    }

    protected static string Text(StoreItem item) => Encoding.UTF8.GetString(item.Json.Span);

    private static async Task<(int? Winner, Exception? Error)> Outcome(Task<int> attempt)
    {
        try
        {
            return (await attempt, null);
        }
        catch (Exception exception)
        {
            return (null, exception);
        }
    }
}
