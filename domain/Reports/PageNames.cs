using System.Globalization;

namespace HelpBot.Domain.Reports;

/// <summary>Turns a page address into a page name and a statistics slug.</summary>
internal static class PageNames
{
    // Path segments that name no page: Salesforce community markers and generic words.
    private static readonly string[] s_skipped = ["s", "peak", "apex", "index.html", "index", "home"];

    // Abbreviations that addresses write in lower case ("afb-welcome", "peak-landing-page"), which a page
    // name shows in upper case. A word written in upper case in the address ("AMHLP") stays so anyway.
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "afb", "amhlp", "cbms", "chp", "ebt", "faq", "hcpf", "id", "leap", "mfa", "pdf", "peak", "sebt", "ses", "snap", "sso", "tanf",
    };

    private static readonly char[] s_wordSeparators = ['-', '_', ' ', '+'];

    /// <summary>Returns the last meaningful path segment in lower case, such as <c>benefit-information</c>; null for the home page.</summary>
    public static string? Slug(string? path) => LastSegment(path)?.ToLowerInvariant();

    /// <summary>
    /// Returns a readable name for the page at <paramref name="path"/>: <c>benefit-information</c> becomes
    /// "Benefit information" and <c>afb-welcome</c> "AFB welcome". Null for the home page.
    /// </summary>
    public static string? Name(string? path)
    {
        var segment = LastSegment(path);
        if (segment is null)
        {
            return null;
        }

        var words = segment.Split(s_wordSeparators, StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join(' ', words.Select(NameWord));
        return name.Length == 0 ? null : name;
    }

    // Abbreviations in upper case, the first word capitalized, other words as the address writes them.
    private static string NameWord(string word, int index)
    {
        if (IsAbbreviation(word))
        {
            return word.ToUpperInvariant();
        }

        return index == 0 ? char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..] : word;
    }

    // The last segment as written in the address, unescaped. Segments that name no page are skipped, and
    // so are record ids such as a case number ("/case/1B0000035"), which name a record, not a page.
    private static string? LastSegment(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        return path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .LastOrDefault(segment => !s_skipped.Contains(segment.ToLowerInvariant()) && !IsRecordId(segment));
    }

    // A single word of letters and digits with a digit in it, such as 1B0000035 or a Salesforce record id.
    private static bool IsRecordId(string segment) =>
        segment.Length >= 5 && segment.All(char.IsAsciiLetterOrDigit) && segment.Any(char.IsAsciiDigit);

    private static bool IsAbbreviation(string word) =>
        s_abbreviations.Contains(word) || (word.Length >= 2 && word.All(char.IsAsciiLetterUpper));
}
