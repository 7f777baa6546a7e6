using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads the PEAK or single sign-on user name a message gives: "my PEAK user name is testuser55",
/// "username: dtestperson", "login id cbo.navigator01". A value that looks like a password is never read.
/// </summary>
internal static partial class UsernameReader
{
    // Words that follow "user name is" without being a user name: "my user name is not working".
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "the", "a", "an", "and", "or", "but", "for", "of", "on", "in", "to", "at", "with", "from", "is", "was",
        "it", "that", "this", "there", "here", "my", "her", "his", "their", "our", "your", "same", "different", "also", "still",
        "locked", "wrong", "missing", "blank", "empty", "correct", "right", "incorrect", "invalid", "unknown", "forgotten",
        "forgot", "being", "taken", "already", "required", "needed", "fine", "ok", "okay", "showing", "shown", "disabled",
        "expired", "field", "box", "and/or", "password", "changed", "correctly", "accepted", "rejected", "none", "null",
    };

    // A user-name label, an optional "is", "was", ":" or "=", then the value. The value ends with a
    // letter or digit before a space, a comma or the end of a sentence, so "testuser55." reads as
    // "testuser55" and no part of "Spring!2026" is read.
    [GeneratedRegex(@"\b(?:user\s?name|user\s?id|login(?:\s+(?:name|id))?|sign[\s-]?in\s+name|sso\s+id)\b(?<separator>\s*[:=]|\s+(?:is|was)(?=\s)|)\s*[""']?(?<name>[a-z0-9][a-z0-9._@+\-]{1,62}[a-z0-9])(?=$|[\s,;)""']|[.!?](?:\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LabeledName();

    /// <summary>Returns the first user name the text gives, or null.</summary>
    public static string? Read(string text)
    {
        foreach (Match match in LabeledName().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (IsUserName(name, match.Groups["separator"].Value.Trim()))
            {
                return name;
            }
        }

        return null;
    }

    // With no "is" or ":" before it, only a value shaped like an account name counts ("username testuser55"),
    // so "username and password" reads nothing.
    private static bool IsUserName(string name, string separator)
    {
        // Digits and dashes alone are a number (phone, SSN, case), not an account name.
        if (s_notNames.Contains(name) || name.All(character => char.IsDigit(character) || character == '-'))
        {
            return false;
        }

        var shaped = name.Any(char.IsDigit) || name.IndexOfAny(['.', '_', '@']) >= 0;
        if (separator.Length == 0 && !shaped)
        {
            return false;
        }

        return FieldRules.ValidateUsername(name).IsValid;
    }
}
