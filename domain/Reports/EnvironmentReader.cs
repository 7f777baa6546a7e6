using System.Text.RegularExpressions;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Reads browser, operating system and mobile device from free text.</summary>
internal static partial class EnvironmentReader
{
    // Phrase in text, name to store. Short names (Edge, IE, Mac, PC) count only when capitalized.
    private static readonly (string Phrase, string Name)[] s_browsers =
    [
        ("Google Chrome", "Chrome"), ("Chrome", "Chrome"), ("Microsoft Edge", "Edge"), ("Edge", "Edge"),
        ("Firefox", "Firefox"), ("Safari", "Safari"), ("Internet Explorer", "Internet Explorer"), ("IE", "Internet Explorer"),
    ];

    private static readonly (string Phrase, string Name)[] s_systems =
    [
        ("Windows", "Windows"), ("office PC", "Windows"), ("PC", "Windows"), ("macOS", "Mac"), ("MacBook", "Mac"),
        ("iMac", "Mac"), ("Mac", "Mac"), ("Chromebook", "ChromeOS"), ("ChromeOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    // A device in use: the preposition shows that the app or page ran on it ("on her iPhone", "using an
    // iPad"), unlike "photos from her iPhone", which only tells where files came from.
    [GeneratedRegex(@"\b(?:on|using|through|via|in)\s+(?:(?:her|his|their|my|our|the|a|an|client's|the\s+client's)\s+)?(?<device>iphone|ipad|android\s+(?:phone|tablet)|android|samsung(?:\s+galaxy)?|galaxy|pixel|tablet|kindle)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DeviceInUse();

    // A device named anywhere ("photos from her iPhone"), which only suggests the device in use.
    [GeneratedRegex(@"\b(?<device>iphone|ipad|android\s+(?:phone|tablet)|android|samsung(?:\s+galaxy)?|galaxy|pixel|kindle)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DeviceMention();

    // Signs that a phone, tablet or the mobile app was used, without saying which device.
    [GeneratedRegex(@"\b(?:(?:on|using|through|via)\s+(?:(?:her|his|their|my|our|the|a|an|client's)\s+)?(?:phone|cell\s*phone|cell|smartphone|mobile(?:\s+phone)?|mobile\s+device)|(?:the|mobile|phone|cell\s*phone|tablet|peak|mycobenefits)\s+app|mycobenefits)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MobileUse();

    /// <summary>Returns the browsers named, joined with ", " in order of mention; null when none.</summary>
    public static string? ReadBrowsers(string text)
    {
        var names = FindNames(text, s_browsers);
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>Returns how many different browsers the text names.</summary>
    public static int CountBrowsers(string text) => FindNames(text, s_browsers).Count;

    /// <summary>Returns the operating system named, or null.</summary>
    public static string? ReadOs(string text)
    {
        var names = FindNames(text, s_systems);
        return names.Count == 0 ? null : names[0];
    }

    /// <summary>Returns the device the app or page ran on ("iPhone", "Android phone"), or null.</summary>
    public static string? ReadDevice(string text)
    {
        var match = DeviceInUse().Match(text);
        return match.Success ? DeviceName(match.Groups["device"].Value) : null;
    }

    /// <summary>Returns the first device the text names in any way ("photos from her iPhone"), or null.</summary>
    public static string? ReadDeviceMention(string text)
    {
        var match = DeviceMention().Match(text);
        return match.Success ? DeviceName(match.Groups["device"].Value) : null;
    }

    /// <summary>True when the text states that a phone, tablet or the mobile app was used.</summary>
    public static bool MobileIndicated(string text) => MobileUse().IsMatch(text) || DeviceInUse().IsMatch(text);

    /// <summary>Returns the operating system a device implies (iOS for iPhone), or null.</summary>
    public static string? OsOfDevice(string? device) => device switch
    {
        "iPhone" => "iOS",
        "iPad" => "iPadOS",
        "Android phone" or "Android tablet" or "Samsung Galaxy" or "Google Pixel" => "Android",
        _ => null,
    };

    private static string DeviceName(string found)
    {
        var lower = string.Join(' ', found.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return lower switch
        {
            "iphone" => "iPhone",
            "ipad" => "iPad",
            "android" or "android phone" => "Android phone",
            "android tablet" => "Android tablet",
            "samsung" or "samsung galaxy" or "galaxy" => "Samsung Galaxy",
            "pixel" => "Google Pixel",
            "kindle" => "Kindle tablet",
            _ => "tablet",
        };
    }

    private static List<string> FindNames(string text, (string Phrase, string Name)[] table)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var (phrase, name) in table)
        {
            var index = SystemNameFinder.IndexOfName(text, phrase);
            if (index >= 0 && !found.Exists(entry => entry.Name == name))
            {
                found.Add((index, name));
            }
        }

        return found.OrderBy(entry => entry.Index).Select(entry => entry.Name).ToList();
    }
}
