namespace HelpBot.PiiEval;

/// <summary>
/// Tokens that presidio-research leaves out of a span before it compares spans, and that may stand
/// between two spans of one type that it then joins: punctuation, its own list (street, apt, the, of,
/// inc, ...) and English stop words. spaCy's list of 326 stop words is not shipped here; this list has
/// its most frequent ones, so a few rare stop words count as span text.
/// </summary>
public static class SkipWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ">>", ">>>", "'s", "’s", "street", "st.", "st", "de", "rue", "via", "and", "a", "the", "or", "do", "as", "of", "day",
        "address", "country", "state", "city", "zip", "po", "apt", "unit", "corner", "p.o.", "box", "suite", "mr.",
        "mrs.", "miss", "year", "years", "y/o", "month", "months", "old", "morning", "noon", "afternoon", "night",
        "evening", "this", "first", "last", "week", "weeks", "weekend", "days", "age", "ago", "inc", "inc.", "ltd",
        "about", "above", "after", "again", "against", "all", "almost", "also", "am", "among", "an", "any", "are",
        "around", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "does", "doing", "down", "during", "each", "either", "else", "every", "few", "for", "from",
        "further", "had", "has", "have", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must",
        "my", "myself", "neither", "no", "nor", "not", "now", "off", "on", "once", "one", "only", "other", "our",
        "ours", "ourselves", "out", "over", "own", "please", "same", "she", "should", "so", "some", "such", "than",
        "that", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "those", "through", "to",
        "too", "under", "until", "up", "upon", "us", "very", "was", "we", "well", "were", "what", "when", "where",
        "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your", "yours", "yourself", "yourselves", "n't", "'ll", "'re", "'ve", "'m", "'d",
    };

    /// <summary>Returns true when <paramref name="token"/> is punctuation, white space or a skip word.</summary>
    public static bool Contains(ReadOnlySpan<char> token)
    {
        var trimmed = token.Trim();
        if (trimmed.Length == 0 || (trimmed.Length == 1 && char.IsPunctuation(trimmed[0])) || (trimmed.Length == 1 && char.IsSymbol(trimmed[0])))
        {
            return true;
        }

        return Words.Contains(trimmed.ToString());
    }
}
