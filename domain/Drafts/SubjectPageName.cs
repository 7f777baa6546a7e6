namespace HelpBot.Domain.Drafts;

/// <summary>
/// Names the page in an e-mail subject. A bare name gets "page" ("Benefit information page"); a name
/// that already says where it is ("Income, Jobs section", "Document upload in the app", "Sign-in
/// screen") stays as written, so no subject reads "Document upload in the app page".
/// </summary>
internal static class SubjectPageName
{
    // Words that name a place in the user interface; a word ending in "page" ("Homepage") counts too.
    private static readonly HashSet<string> s_placeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "pages", "screen", "screens", "section", "tab", "form", "app", "application", "portal", "button", "link",
        "window", "dashboard", "step", "question", "field", "menu", "site", "website", "popup", "pop-up", "dialog", "box",
        "banner", "message", "inbox", "list", "view", "card", "wizard", "module",
    };

    // Words that join a name to a phrase ("upload in the app", "error after submit").
    private static readonly HashSet<string> s_joiningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "under", "of", "from", "for", "after", "before", "when", "while", "with", "to", "via", "through",
        "during", "and", "or", "then",
    };

    /// <summary>Returns <paramref name="page"/> on one line, with "page" added when it is a bare name.</summary>
    public static string For(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = page.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join(' ', words).TrimEnd('.', ',', ';', ':', '!', '?', ' ');
        var saysWhere = name.Contains(',', StringComparison.Ordinal)
            || words.Select(word => word.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '\''))
                .Any(word => s_placeWords.Contains(word) || s_joiningWords.Contains(word) || word.EndsWith("page", StringComparison.OrdinalIgnoreCase));
        return saysWhere || name.Length == 0 ? name : name + " page";
    }
}
