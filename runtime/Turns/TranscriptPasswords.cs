namespace HelpBot.Runtime.Turns;

/// <summary>
/// Passwords and names that a dialog found in the turn's inbound activity and promised not to keep. A
/// channel that stores a copy of the inbound activity reads them after the turn and replaces each one in
/// that copy, a password with <c>[PASSWORD]</c> and a name with <c>[NAME]</c>. The turn's own activity is
/// never changed.
/// </summary>
public static class TranscriptPasswords
{
    private const string ItemKey = "HelpBot.Runtime.TranscriptPasswords";
    private const string NameItemKey = "HelpBot.Runtime.TranscriptNames";

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
}
