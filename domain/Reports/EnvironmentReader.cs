using System.Text.RegularExpressions;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Reads browser, operating system and mobile device from free text.</summary>
internal static partial class EnvironmentReader
{
    // The known browsers and operating systems: phrase in text, name to store. Short names (Edge, IE,
    // Opera, Brave, Mac, PC, Win, iOS) count only when capitalized, except in an answer to the question
    // that asks for that kind of name. The lists include every name UserAgentReader prefills.
    private static readonly (string Phrase, string Name)[] s_browsers =
    [
        ("Google Chrome", "Chrome"), ("Chrome", "Chrome"), ("Microsoft Edge", "Edge"), ("Edge", "Edge"),
        ("Firefox", "Firefox"), ("Safari", "Safari"), ("Internet Explorer", "Internet Explorer"), ("IE", "Internet Explorer"),
        ("Opera", "Opera"), ("Samsung Internet", "Samsung Internet"), ("Brave", "Brave"), ("Vivaldi", "Vivaldi"),
    ];

    private static readonly (string Phrase, string Name)[] s_systems =
    [
        ("Windows", "Windows"), ("office PC", "Windows"), ("PC", "Windows"), ("Win", "Windows"), ("macOS", "Mac"), ("Mac OS", "Mac"),
        ("OS X", "Mac"), ("MacBook", "Mac"), ("iMac", "Mac"), ("Mac", "Mac"), ("Chromebook", "ChromeOS"), ("ChromeOS", "ChromeOS"),
        ("Chrome OS", "ChromeOS"), ("Linux", "Linux"), ("Ubuntu", "Linux"), ("iOS", "iOS"), ("iPadOS", "iPadOS"), ("Android", "Android"),
    ];

    // A version right after an operating system's name: "11" in "Windows 11", "17.4" in "iOS 17.4", but not the
    // count in "on Windows 2 times".
    [GeneratedRegex(@"\G\s?(?<version>\d{1,2}(?:\.\d{1,3}){0,2})(?![\w.])(?!\s+(?:times?|tries|attempts)\b)",
        RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OsVersion();

    // A device in use: the preposition shows that the app or page ran on it ("on her iPhone", "using an
    // iPad"), unlike "photos from her iPhone", which only tells where files came from.
    [GeneratedRegex(@"\b(?:on|using|through|via|in)\s+(?:(?:her|his|their|my|our|the|a|an|client's|the\s+client's)\s+)?(?<device>iphone|ipad|android\s+(?:phone|tablet)|android|samsung(?:\s+galaxy)?|galaxy|pixel|tablet|kindle)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DeviceInUse();

    // A device named anywhere ("photos from her iPhone"), which only suggests the device in use.
    [GeneratedRegex(@"\b(?<device>iphone|ipad|android\s+(?:phone|tablet)|android|samsung(?:\s+galaxy)?|galaxy|pixel|kindle)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DeviceMention();

    // Signs that a phone or tablet was used, without saying which device: "on her phone", "using a cell".
    [GeneratedRegex(@"\b(?:on|using|through|via)\s+(?:(?:her|his|their|my|our|the|a|an|client's)\s+)?(?:phone|cell\s*phone|cell|smartphone|mobile(?:\s+phone)?|mobile\s+device)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PhoneUse();

    // Signs that a mobile app was used: "the app", "the phone app", "the PEAK mobile app", and the apps'
    // names alone ("MyCOBenefits", "MyPEAK"). The group "name" contains the word before "app" or the app's name.
    [GeneratedRegex(@"\b(?:(?<name>the|mobile|phone|cell\s*phone|tablet|peak|mypeak|mycobenefits)\s+(?:mobile\s+)?app|(?<name>mycobenefits|mypeak))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AppUse();

    /// <summary>The known browser names, each once, in list order.</summary>
    public static IEnumerable<string> BrowserNames => s_browsers.Select(entry => entry.Name).Distinct();

    /// <summary>The known operating-system names, each once, in list order.</summary>
    public static IEnumerable<string> OsNames => s_systems.Select(entry => entry.Name).Distinct();

    /// <summary>
    /// Returns the browsers named, joined with ", " in order of mention; null when none. With
    /// <paramref name="anyCase"/> (an answer to the browser question), short names count in lower case too.
    /// </summary>
    public static string? ReadBrowsers(string text, bool anyCase = false)
    {
        var names = FindNames(text, s_browsers, anyCase);
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>Returns how many different browsers the text names.</summary>
    public static int CountBrowsers(string text) => FindNames(text, s_browsers, anyCase: false).Count;

    /// <summary>
    /// Returns the operating system named, or null. With <paramref name="anyCase"/> (an answer to the
    /// operating-system question), short names count in lower case too.
    /// </summary>
    public static string? ReadOs(string text, bool anyCase = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        (int Index, int End, string Name)? first = null;
        foreach (var (phrase, name) in s_systems)
        {
            var index = SystemNameFinder.IndexOfName(text, phrase, anyCase);
            if (index >= 0 && (first is null || index < first.Value.Index))
            {
                first = (index, index + phrase.Length, name);
            }
        }

        if (first is not { } os)
        {
            return null;
        }

        // The help desk needs the version, so "Windows 11" and "iOS 17.4" keep theirs.
        var version = OsVersion().Match(text, os.End);
        return version.Success ? $"{os.Name} {version.Groups["version"].Value}" : os.Name;
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
    public static bool MobileIndicated(string text) => PhoneUse().IsMatch(text) || AppUse().IsMatch(text) || DeviceInUse().IsMatch(text);

    /// <summary>
    /// Returns the mobile app the text says was used: "MyCOBenefits app", "MyPEAK app", "PEAK app", or
    /// "mobile app" when the text does not name it ("in the phone app"); null when it names no app.
    /// </summary>
    public static string? ReadMobileApp(string text)
    {
        var match = AppUse().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["name"].Value.ToLowerInvariant() switch
        {
            "mycobenefits" => "MyCOBenefits app",
            "mypeak" => "MyPEAK app",
            "peak" => "PEAK app",
            _ => "mobile app",
        };
    }

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

    private static List<string> FindNames(string text, (string Phrase, string Name)[] table, bool anyCase)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var (phrase, name) in table)
        {
            var index = SystemNameFinder.IndexOfName(text, phrase, anyCase);
            if (index >= 0 && !found.Exists(entry => entry.Name == name))
            {
                found.Add((index, name));
            }
        }

        return found.OrderBy(entry => entry.Index).Select(entry => entry.Name).ToList();
    }
}
