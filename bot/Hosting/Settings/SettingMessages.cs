using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace HelpBot.Bot.Hosting.Settings;

/// <summary>
/// Start-up messages about one invalid setting. Each is one line that names the full configuration
/// key (such as <c>Storage:ConversationRetention</c>), says what is wrong and which values are allowed.
/// </summary>
internal static class SettingMessages
{
    private const string DurationFormat = "in the format d.hh:mm:ss";

    /// <summary>Describes a value that fails <paramref name="attribute"/>.</summary>
    public static string Describe(string key, ValidationAttribute attribute, object? value, object? defaultValue) => attribute switch
    {
        RequiredAttribute => Missing(key, defaultValue),
        RangeAttribute range when !range.MinimumIsExclusive && !range.MaximumIsExclusive => OutOfRange(key, value, range),
        UrlAttribute => $"{key} is '{value}', which is not an absolute address. Set an address that starts with http:// or https://, such as https://helpbot.example.org.",
        _ => attribute.FormatErrorMessage(key),
    };

    /// <summary>Describes a configuration value that the binder cannot convert to <paramref name="targetType"/>.</summary>
    public static string NotConvertible(string key, string? value, Type targetType)
    {
        var type = Nullable.GetUnderlyingType(targetType) ?? targetType;
        var shown = $"{key} is '{value}'";
        if (type.IsEnum)
        {
            return $"{shown}, which is not a valid value. Use one of: {string.Join(", ", Enum.GetNames(type))}.";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => $"{shown}, which is not a valid value. Use true or false.",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 =>
                $"{shown}, which is not a whole number. Set digits only, such as 10.",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal =>
                $"{shown}, which is not a number. Set a number with a period as the decimal separator, such as 0.5.",
            _ when type == typeof(TimeSpan) => $"{shown}, which is not a valid duration. Set a duration {DurationFormat}, such as 00:30:00 for 30 minutes.",
            _ when type == typeof(TimeOnly) => $"{shown}, which is not a valid time of day. Set a time in the format hh:mm, such as 08:00.",
            _ when type == typeof(Uri) => $"{shown}, which is not a valid address. Set an absolute address, such as https://helpbot.example.org.",
            _ => $"{shown}, which cannot be converted to {type.Name}.",
        };
    }

    /// <summary>Describes a single value where a list is expected, which the binder ignores.</summary>
    public static string NotList(string key, string value) =>
        $"{key} is '{value}', but it needs a list. Set each item under its own index: {key}:0, {key}:1 and so on.";

    /// <summary>Describes a single value where a dictionary is expected, which the binder ignores.</summary>
    public static string NotNamedEntries(string key, string value) =>
        $"{key} is '{value}', but it needs named entries. Set each entry under its own name, such as {key}:<name>.";

    /// <summary>Describes a list item that has keys below it (<paramref name="childKey"/>) where it needs a single value.</summary>
    public static string NotSingleValue(string key, string childKey) =>
        $"{key} contains {childKey}, but it needs a single value. Set {key} itself instead of keys below it.";

    /// <summary>Describes a list item with a single value where it needs the keys <paramref name="propertyKeys"/> below it.</summary>
    public static string NotKeyed(string key, string value, IReadOnlyList<string> propertyKeys) =>
        propertyKeys.Count == 0
            ? $"{key} is '{value}', but it needs keys below it."
            : $"{key} is '{value}', but it needs the keys {string.Join(", ", propertyKeys)} below it, such as {key}:{propertyKeys[0]}.";

    /// <summary>Describes a conversion failure whose target type is known only by name.</summary>
    public static string NotConvertible(string key, string? value, string targetTypeName) =>
        $"{key} is '{value}', which cannot be converted to {targetTypeName}.";

    /// <summary>
    /// Describes an address of <c>urls</c> or <c>Kestrel:Endpoints</c> that Kestrel cannot listen on.
    /// <paramref name="isOneOfSeveral"/> is true for one address of a <c>urls</c> list.
    /// </summary>
    public static string InvalidListenAddress(string key, string value, bool isOneOfSeveral) =>
        $"{key} {(isOneOfSeveral ? "contains" : "is")} '{value}', which is not a valid listening address. " +
        $"Set an http:// or https:// address with a host and a port, such as {HostDefaults.Url}.";

    /// <summary>Describes an empty setting, with <paramref name="defaultValue"/> as the example when it is a string or address.</summary>
    public static string Missing(string key, object? defaultValue) =>
        defaultValue is string or Uri && Format(defaultValue) is { Length: > 0 } shown
            ? $"{key} is empty, but it needs a value. Set one, such as the default {shown}."
            : $"{key} is empty, but it needs a value.";

    private static string OutOfRange(string key, object? value, RangeAttribute range)
    {
        var allowed = range.OperandType == typeof(TimeSpan)
            ? $"Set a duration from {range.Minimum} to {range.Maximum}, {DurationFormat}."
            : $"Set a value from {Format(range.Minimum)} to {Format(range.Maximum)}.";
        return $"{key} is {Format(value)}, which is outside the allowed range. {allowed}";
    }

    private static string Format(object? value) => value switch
    {
        TimeSpan duration => duration.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
