namespace HelpBot.Runtime.Turns;

/// <summary>
/// Passwords that a dialog found in the turn's inbound activity. A channel that stores a copy of the
/// inbound activity reads them after the turn and replaces each one in that copy with <c>[PASSWORD]</c>.
/// The turn's own activity is never changed.
/// </summary>
public static class TranscriptPasswords
{
    private const string ItemKey = "HelpBot.Runtime.TranscriptPasswords";

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
}
