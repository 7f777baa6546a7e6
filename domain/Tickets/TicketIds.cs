namespace HelpBot.Domain.Tickets;

/// <summary>
/// The form of HelpBot's ticket ids: <c>HB-</c> and 12 upper-case hexadecimal digits. Ids arrive in
/// card submits, which a client can forge, so only well-formed ids are logged or shown back.
/// </summary>
public static class TicketIds
{
    /// <summary>Text logged in place of an id that is not well formed.</summary>
    public const string Malformed = "malformed";

    private const string Prefix = "HB-";
    private const int HexDigits = 12;

    /// <summary>True when <paramref name="id"/> has the form of a ticket id.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 15 } && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).ContainsOnlyUpperHex();

    /// <summary>Returns <paramref name="id"/> when it is well formed, null when it is missing, and <see cref="Malformed"/> otherwise.</summary>
    public static string? ForLog(string? id) => id is null ? null : IsWellFormed(id) ? id : Malformed;

    private static bool ContainsOnlyUpperHex(this ReadOnlySpan<char> digits)
    {
        if (digits.Length != HexDigits)
        {
            return false;
        }

        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit) && digit is < 'A' or > 'F')
            {
                return false;
            }
        }

        return true;
    }
}
