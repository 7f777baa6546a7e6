using System.Text.RegularExpressions;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Removes digit groups written the way Social Security numbers are (3-2-4) from a supervisor's note
/// before the PII analyzer redacts the rest. The PII analyzer rejects numbers that cannot be real SSNs
/// (such as 000-00-0000 or 666-...), which is right for free text but too lenient for ticket notes,
/// which keep no personal data at all.
/// </summary>
internal static partial class NoteScreen
{
    /// <summary>Placeholder that replaces each SSN-shaped number.</summary>
    public const string Placeholder = "[SSN]";

    /// <summary>Returns <paramref name="note"/> with every SSN-shaped number replaced by <see cref="Placeholder"/>.</summary>
    public static string RemoveSocialSecurityShapes(string note) => SocialSecurityShape().Replace(note, Placeholder);

    // Accepts nine digits grouped 3-2-4 with hyphens, spaces or dots, not inside a longer run of digits.
    [GeneratedRegex(@"(?<!\d)\d{3}[-. ]\d{2}[-. ]\d{4}(?!\d)", RegexOptions.CultureInvariant, 100)]
    private static partial Regex SocialSecurityShape();
}
