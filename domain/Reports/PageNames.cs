using System.Globalization;

namespace HelpBot.Domain.Reports;

/// <summary>Turns a page address into a page name and a statistics slug.</summary>
internal static class PageNames
{
    // Path segments that name no page: Salesforce community markers and generic words.
    private static readonly string[] s_skipped = ["s", "peak", "apex", "index.html", "index", "home"];

    /// <summary>Returns the last meaningful path segment, such as <c>benefit-information</c>; null for the home page.</summary>
    public static string? Slug(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => Uri.UnescapeDataString(segment).ToLowerInvariant())
            .Where(segment => !s_skipped.Contains(segment))
            .ToList();
        return segments.Count == 0 ? null : segments[^1];
    }

    /// <summary>Returns a readable page name for a slug: <c>benefit-information</c> becomes "Benefit information".</summary>
    public static string? Name(string? slug)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        var words = slug.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? null : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
