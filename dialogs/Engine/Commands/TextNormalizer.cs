using System.Text;

namespace HelpBot.Dialogs.Engine.Commands;

/// <summary>Normalizes short typed answers so "Go back!", " go  BACK " and "go-back" compare equal.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Returns <paramref name="text"/> in lower case with apostrophes removed, every other
    /// punctuation or symbol character turned into a space, and runs of spaces collapsed.
    /// Text made only of question marks becomes "?", so "?" can be a command phrase.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
                continue;
            }

            pendingSpace = true;
        }

        return builder.Length == 0 && text.Contains('?') ? "?" : builder.ToString();
    }
}
