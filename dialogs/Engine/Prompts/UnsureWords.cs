namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Answers that say the user is not sure, which a question with <see cref="ChoicePromptOptions.UnsureReply"/> answers in its own terms.</summary>
public static class UnsureWords
{
    // Compared after TextNormalizer.Normalize, so "I don't know." is "i dont know".
    private static readonly string[] s_phrases =
    [
        "maybe", "perhaps", "possibly", "not sure", "im not sure", "i am not sure", "unsure", "not certain",
        "i dont know", "dont know", "i do not know", "idk", "no idea", "no clue", "hard to say",
    ];

    /// <summary>
    /// Returns whether <paramref name="normalized"/> (text after <see cref="Commands.TextNormalizer.Normalize"/>)
    /// is one of the phrases or starts with one followed by a space ("not sure, she has medication left").
    /// </summary>
    public static bool Matches(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return s_phrases.Any(phrase => normalized == phrase || normalized.StartsWith(phrase + " ", StringComparison.Ordinal));
    }
}
