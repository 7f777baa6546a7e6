namespace HelpBot.Runtime.Turns;

/// <summary>
/// Passwords, names and other personal data that a dialog found in the turn's inbound activity and
/// promised not to keep. A channel that stores a copy of the inbound activity reads them after the turn
/// and replaces each one in that copy, a password with <c>[PASSWORD]</c>, a name with <c>[NAME]</c> and
/// another value with the placeholder recorded for it, such as <c>[SSN]</c>. The turn's own activity is
/// never changed.
/// </summary>
public static class TranscriptPasswords
{
    private const string ItemKey = "HelpBot.Runtime.TranscriptPasswords";
    private const string NameItemKey = "HelpBot.Runtime.TranscriptNames";
    private const string ValueItemKey = "HelpBot.Runtime.TranscriptValues";

    /// <summary>Records <paramref name="password"/>, as it appears in the inbound text or card value, for removal from the stored copy.</summary>
    public static void AddTranscriptPassword(this ITurnContext turn, string password)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        if (!turn.Items.TryGetValue(ItemKey, out var item) || item is not HashSet<string> passwords)
        {
            passwords = new HashSet<string>(StringComparer.Ordinal);
            turn.Items[ItemKey] = passwords;
        }

        passwords.Add(password);
    }

    /// <summary>Returns the passwords recorded in this turn; empty when there are none.</summary>
    public static IReadOnlyCollection<string> GetTranscriptPasswords(this ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Items.TryGetValue(ItemKey, out var item) && item is HashSet<string> passwords ? passwords : [];
    }

    /// <summary>
    /// Records <paramref name="name"/>, a person's name as it appears in the inbound text or card value, such
    /// as a first name the analyzer cannot tell from a word, for removal from the stored copy.
    /// </summary>
    public static void AddTranscriptName(this ITurnContext turn, string name)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!turn.Items.TryGetValue(NameItemKey, out var item) || item is not HashSet<string> names)
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            turn.Items[NameItemKey] = names;
        }

        names.Add(name);
    }

    /// <summary>Returns the names recorded in this turn; empty when there are none.</summary>
    public static IReadOnlyCollection<string> GetTranscriptNames(this ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Items.TryGetValue(NameItemKey, out var item) && item is HashSet<string> names ? names : [];
    }

    /// <summary>
    /// Records <paramref name="value"/>, personal data as it appears in the inbound text or card value that
    /// the dialog rejected, such as an SSN typed as an incident number, for replacement with
    /// <paramref name="placeholder"/> in the stored copy. A value recorded twice keeps the first placeholder.
    /// </summary>
    public static void AddTranscriptValue(this ITurnContext turn, string value, string placeholder)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(placeholder);
        if (!turn.Items.TryGetValue(ValueItemKey, out var item) || item is not Dictionary<string, string> values)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            turn.Items[ValueItemKey] = values;
        }

        values.TryAdd(value, placeholder);
    }

    /// <summary>Returns the values recorded in this turn, each with its placeholder; empty when there are none.</summary>
    public static IReadOnlyDictionary<string, string> GetTranscriptValues(this ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Items.TryGetValue(ValueItemKey, out var item) && item is Dictionary<string, string> values
            ? values
            : new Dictionary<string, string>();
    }
}
