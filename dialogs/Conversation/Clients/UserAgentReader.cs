using System.Text.RegularExpressions;

namespace HelpBot.Dialogs.Conversation.Clients;

/// <summary>
/// Reads the operating system, browser and mobile device from a browser's <c>User-Agent</c> string,
/// enough to prefill a help-desk report. Tokens are checked most specific first, because every
/// Chromium browser also claims to be Chrome and Safari.
/// </summary>
public static partial class UserAgentReader
{
    private const int MaxLength = 1024;

    public static ClientEnvironment Read(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return new ClientEnvironment(null, null, null);
        }

        var text = userAgent.Length > MaxLength ? userAgent[..MaxLength] : userAgent;
        string? browser;
        try
        {
            browser = ReadBrowser(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // The browser only prefills an answer the user can change, so an unknown browser is safe.
            browser = null;
        }

        return new ClientEnvironment(ReadOperatingSystem(text), browser, ReadDevice(text));
    }

    private static string? ReadOperatingSystem(string text) => text switch
    {
        _ when Has(text, "iPhone") || Has(text, "iPod") => "iOS",
        _ when Has(text, "iPad") => "iPadOS",
        _ when Has(text, "Android") => "Android",
        _ when Has(text, "CrOS") => "ChromeOS",
        _ when Has(text, "Windows") => "Windows",
        _ when Has(text, "Mac OS X") || Has(text, "Macintosh") => "macOS",
        _ when Has(text, "Linux") => "Linux",
        _ => null,
    };

    private static string? ReadDevice(string text) => text switch
    {
        _ when Has(text, "iPhone") => "iPhone",
        _ when Has(text, "iPad") => "iPad",
        _ when Has(text, "Android") && Has(text, "Mobile") => "Android phone",
        _ when Has(text, "Android") => "Android tablet",
        _ => null,
    };

    private static string? ReadBrowser(string text)
    {
        var versions = ReadProductVersions(text);
        foreach (var (token, name) in BrowserTokens)
        {
            if (versions.TryGetValue(token, out var version))
            {
                return $"{name} {version}";
            }
        }

        if (Has(text, "Trident/"))
        {
            return "Internet Explorer 11";
        }

        return Has(text, "Safari/") ? WithVersion("Safari", versions.GetValueOrDefault("Version")) : null;
    }

    // Ordered most specific first: Edge, Opera and Samsung Internet also carry the Chrome token.
    private static readonly (string Token, string Name)[] BrowserTokens =
    [
        ("Edg", "Microsoft Edge"),
        ("EdgiOS", "Microsoft Edge"),
        ("EdgA", "Microsoft Edge"),
        ("OPR", "Opera"),
        ("SamsungBrowser", "Samsung Internet"),
        ("Firefox", "Firefox"),
        ("FxiOS", "Firefox"),
        ("CriOS", "Chrome"),
        ("Chrome", "Chrome"),
        ("MSIE", "Internet Explorer"),
    ];

    private static string WithVersion(string name, string? version) => version is null ? name : $"{name} {version}";

    // Returns each product token's major version, the first one when a token repeats.
    private static Dictionary<string, string> ReadProductVersions(string text)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in ProductVersion().Matches(text))
        {
            versions.TryAdd(match.Groups["product"].Value, match.Groups["major"].Value);
        }

        return versions;
    }

    private static bool Has(string text, string token) => text.Contains(token, StringComparison.Ordinal);

    // A product token with a version, such as "Chrome/126.0.6478.127" or "MSIE 10.0": the product name,
    // a slash or space, then the major version.
    [GeneratedRegex(@"(?<product>[A-Za-z]+)[/ ](?<major>\d+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProductVersion();
}
