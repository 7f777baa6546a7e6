using System.Reflection;
using System.Text.RegularExpressions;

namespace HelpBot.Bot.Hosting.Settings;

/// <summary>
/// Reads the configuration binder's conversion error ("Failed to convert configuration value 'abc' at
/// 'Storage:ConversationRetention' to type 'System.TimeSpan'.") and describes it as one line.
/// </summary>
internal static partial class ConversionFailure
{
    /// <summary>
    /// Describes <paramref name="exception"/> when it is the binder's conversion error for a key of
    /// <paramref name="optionsType"/>, bound from <paramref name="sectionName"/>. Returns null for any other exception.
    /// </summary>
    public static string? TryDescribe(InvalidOperationException exception, Type optionsType, string? sectionName, IConfiguration configuration)
    {
        if (exception.InnerException is null)
        {
            return null;
        }

        var match = BinderMessage().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }

        var key = match.Groups["key"].Value;
        var value = configuration[key];
        return FindTargetType(optionsType, sectionName, key) is { } targetType
            ? SettingMessages.NotConvertible(key, value, targetType)
            : SettingMessages.NotConvertible(key, value, match.Groups["type"].Value);
    }

    /// <summary>
    /// Follows <paramref name="key"/> from the options type through properties (ignoring case), list
    /// items and dictionary values to the type the value is converted to.
    /// </summary>
    private static Type? FindTargetType(Type optionsType, string? sectionName, string key)
    {
        var segments = key.Split(':');
        if (sectionName is null || !string.Equals(segments[0], sectionName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Type? current = optionsType;
        foreach (var segment in segments.Skip(1))
        {
            current = current is null ? null : FindMemberType(current, segment);
        }

        return current;
    }

    private static Type? FindMemberType(Type type, string segment)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericArguments() is { Length: > 0 } arguments && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            // A list's item type is its only argument, and a dictionary's value type is its last one.
            return arguments[^1];
        }

        return type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
    }

    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'\.$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex BinderMessage();
}
