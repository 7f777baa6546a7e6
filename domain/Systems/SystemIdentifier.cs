using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Domain.Content;

namespace HelpBot.Domain.Systems;

/// <summary>
/// Decides which system a web address or a message is about, from the hosts and names in the content file.
/// </summary>
/// <remarks>
/// A host matches a listed host exactly, or as a subdomain when the entry allows subdomains, after
/// IDN normalization (punycode, lower case) and removal of a trailing dot and a leading <c>www.</c>.
/// Anything else is unknown; hosts that imitate a listed host are flagged with
/// <see cref="SystemMatch.IsLookAlike"/>.
/// </remarks>
public sealed partial class SystemIdentifier
{
    private static readonly IdnMapping s_idn = new() { UseStd3AsciiRules = false };

    private readonly DeskAidContent _content;
    private readonly LookAlikeDetector _lookAlikes;
    private readonly SystemNameFinder _names;

    public SystemIdentifier(DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _lookAlikes = new LookAlikeDetector(content);
        _names = new SystemNameFinder(content);
    }

    // An address in free text: with a scheme, or a dotted host (Unicode letters allowed) with an
    // optional port and path. A host right after '@' is an e-mail address, not a web address.
    [GeneratedRegex(@"https?://[^\s<>""']+|(?<![@\p{L}\p{N}._-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}\.?(?::\d{1,5})?(?:[/?#][^\s<>""']*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AddressInText();

    /// <summary>
    /// Identifies the system from a web address (scheme optional) or, when the text contains no
    /// address of a known system, from system names in it. An address decides over a name. With
    /// <paramref name="anyCase"/> (an answer to the question that asks for the system), short names
    /// count in lower case too ("peak mail center").
    /// </summary>
    public SystemMatch Identify(string? addressOrText, bool anyCase = false)
    {
        if (string.IsNullOrWhiteSpace(addressOrText))
        {
            return SystemMatch.None;
        }

        SystemMatch? unknownAddress = null;
        foreach (var candidate in AddressCandidates(addressOrText))
        {
            var match = IdentifyAddress(candidate);
            if (match is null)
            {
                continue;
            }

            if (match.IsKnown || match.IsLookAlike)
            {
                return match;
            }

            unknownAddress ??= match;
        }

        return IdentifyByName(addressOrText, anyCase) ?? unknownAddress ?? SystemMatch.None;
    }

    /// <summary>Returns the systems named in <paramref name="text"/>, in order of first mention, without reading addresses.</summary>
    public IReadOnlyList<string> FindNamedSystems(string? text) => _names.Find(text);

    /// <summary>
    /// Identifies one address. Returns null when <paramref name="address"/> is not a web address.
    /// </summary>
    public SystemMatch? IdentifyAddress(string? address)
    {
        var uri = ParseAddress(address);
        if (uri is null)
        {
            return null;
        }

        var host = NormalizeHost(uri.IdnHost);
        if (host is null)
        {
            return null;
        }

        var path = uri.AbsolutePath;
        return MatchKnownHost(host, path)
            ?? MatchUnknownHost(host, path)
            ?? _lookAlikes.Check(host, ToUnicode(host), uri.UserInfo, path)
            ?? new SystemMatch(SupportSystems.Unknown, host, Reason: $"{host} is not a PEAK or Connect for Health Colorado address.")
            {
                FromAddress = true,
                Path = path,
            };
    }

    private IEnumerable<string> AddressCandidates(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.Any(char.IsWhiteSpace))
        {
            yield return trimmed;
            yield break;
        }

        foreach (Match match in AddressInText().Matches(text))
        {
            yield return match.Value;
        }
    }

    /// <summary>Parses an http or https address, adding https:// when the scheme is missing.</summary>
    internal static Uri? ParseAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var value = WithoutMistypedScheme(address.Trim().TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '\'', '"'));
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            value = "https://" + value;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" && uri.IdnHost.Length > 0 ? uri : null;
    }

    // A scheme of one to six letters before ":", "/" or both ("htps://", "https:/", "http//").
    [GeneratedRegex(@"^(?<scheme>[a-z]{1,6})(?::/{0,3}|/{1,3})(?=[^/\s])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SchemePrefix();

    // Drops a scheme that is http or https with a typing slip ("htps://", "hhtps://", "https:/", "http//"), so
    // the address is read as a web address and its host checked, not its words. Other schemes stay.
    private static string WithoutMistypedScheme(string value)
    {
        var prefix = SchemePrefix().Match(value);
        if (!prefix.Success)
        {
            return value;
        }

        var exact = value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var scheme = prefix.Groups["scheme"].Value.ToLowerInvariant();
        return !exact && (LookAlikeDetector.EditDistance(scheme, "http") <= 1 || LookAlikeDetector.EditDistance(scheme, "https") <= 1)
            ? value[prefix.Length..]
            : value;
    }

    /// <summary>Returns the host in ASCII lower case without trailing dot or leading www., or null when it is not valid.</summary>
    internal static string? NormalizeHost(string idnHost)
    {
        try
        {
            var ascii = s_idn.GetAscii(idnHost.TrimEnd('.')).ToLowerInvariant();
            return ascii.StartsWith("www.", StringComparison.Ordinal) ? ascii[4..] : ascii;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string ToUnicode(string asciiHost)
    {
        try
        {
            return s_idn.GetUnicode(asciiHost);
        }
        catch (ArgumentException)
        {
            return asciiHost;
        }
    }

    private SystemMatch? MatchKnownHost(string host, string path)
    {
        var best = _content.Systems
            .SelectMany(system => system.Hosts.Select(known => (system, known)))
            .Where(pair => HostMatches(host, path, pair.known))
            .OrderByDescending(pair => pair.known.Host.Length)
            .FirstOrDefault();
        if (best.known is null)
        {
            return null;
        }

        var oldBookmark = best.known.Role == HostRoles.OldBookmark;
        var reason = oldBookmark
            ? $"{host} is an old {best.system.Name} address that no longer works."
            : $"{host} is a {best.system.Name} address.";
        return new SystemMatch(best.system.Id, host, oldBookmark, Reason: reason) { FromAddress = true, Path = path };
    }

    private static bool HostMatches(string host, string path, KnownHost known)
    {
        var hostMatches = host == known.Host
            || (known.IncludeSubdomains && host.EndsWith("." + known.Host, StringComparison.Ordinal));
        if (!hostMatches)
        {
            return false;
        }

        return known.PathPrefix is null
            || path.Equals(known.PathPrefix, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(known.PathPrefix.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
    }

    private SystemMatch? MatchUnknownHost(string host, string path)
    {
        var unknown = _content.Systems.SelectMany(system => system.UnknownHosts).FirstOrDefault(entry => entry.Host == host);
        return unknown is null
            ? null
            : new SystemMatch(SupportSystems.Unknown, host, Reason: unknown.Reason) { FromAddress = true, Path = path };
    }

    private SystemMatch? IdentifyByName(string text, bool anyCase)
    {
        var named = _names.Find(text, anyCase);
        if (named.Count == 0)
        {
            return null;
        }

        if (named.Count > 1)
        {
            return new SystemMatch(SupportSystems.Unknown, Reason: "The message names both PEAK and Connect for Health Colorado.");
        }

        var system = _content.System(named[0]);
        return new SystemMatch(named[0], Reason: $"The message names {system?.Name ?? named[0]}.");
    }
}
