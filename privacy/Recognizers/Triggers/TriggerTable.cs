namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>
/// Every trigger string of every pattern, each with an id. <see cref="Scan"/> searches a stretch of text
/// once for all of them. Patterns are usually created before the first text is scanned. A pattern created
/// later adds its strings here; stretches scanned before that do not cover them, so they are searched directly.
/// </summary>
internal static class TriggerTable
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<TriggerString, int> Ids = new(TriggerString.Comparer);
    private static volatile TriggerScanner? s_scanner;

    /// <summary>
    /// Returns the id of <paramref name="value"/>, adding it when new; -1 when the scanner cannot index it
    /// (a character outside ASCII) or the table is full.
    /// </summary>
    public static int Register(TriggerString value)
    {
        if (!TriggerScanner.CanIndex(value.Value))
        {
            return -1;
        }

        lock (Gate)
        {
            if (Ids.TryGetValue(value, out var id))
            {
                return id;
            }

            if (Ids.Count == TriggerMask.Capacity)
            {
                return -1;
            }

            id = Ids.Count;
            Ids.Add(value, id);
            s_scanner = null;
            return id;
        }
    }

    /// <summary>Returns the ids of the trigger strings found in <paramref name="text"/>, and how many ids were searched.</summary>
    public static TriggerMask Scan(ReadOnlySpan<char> text, out int idsScanned)
    {
        var scanner = s_scanner ?? CreateScanner();
        idsScanned = scanner.Count;
        return scanner.Scan(text);
    }

    private static TriggerScanner CreateScanner()
    {
        lock (Gate)
        {
            return s_scanner ??= new TriggerScanner(Ids);
        }
    }
}
