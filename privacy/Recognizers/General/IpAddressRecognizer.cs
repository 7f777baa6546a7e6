using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds IPv4 addresses in dotted-decimal form and IPv6 addresses that <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>
/// accepts. General profile only.
/// </summary>
public sealed partial class IpAddressRecognizer : PatternRecognizer, IGeneralProfileRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("IPv4 address", IPv4Regex(), 0.6) { MinDigits = 4, Trigger = PiiPattern.AnyOf(".") },
        new("IPv6 address", IPv6Regex(), 0.6) { Trigger = PiiPattern.AnyOf(":") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public IpAddressRecognizer()
        : base(PiiCategories.IPAddress, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value) =>
        !IPAddress.TryParse(value, out var address)
        || (address.AddressFamily == AddressFamily.InterNetwork && value.Count('.') != 3);

    // Accepts four dot-separated numbers of one to three digits, not inside a longer dotted number
    // (a version such as 1.2.3.4.5).
    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IPv4Regex();

    // Accepts three to eight colon-separated groups of up to four hex digits, with at most one "::".
    [GeneratedRegex(@"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IPv6Regex();
}
