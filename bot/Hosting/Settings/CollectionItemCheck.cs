using System.ComponentModel;
using System.Reflection;

namespace HelpBot.Bot.Hosting.Settings;

/// <summary>
/// Finds the values of an options section that the configuration binder drops or misreads without an
/// error, following the section's keys through the options class as the binder does.
/// </summary>
/// <remarks>
/// The reflection binder drops a list, array or dictionary item when a value in it fails. That value
/// may be one it cannot convert, a single value where the item needs keys below it, or keys below an
/// item that needs a single value. The source-generated binder of HelpBot.Bot drops the last two as
/// well, and both ignore a single value where a whole list is expected. Enum conversion also accepts a
/// number that names no member and, for an enum without [Flags], combines names separated by commas
/// into another member. This check reports each of these as one line. Both binders report a value they
/// cannot convert outside a list themselves, so that is left to them.
/// </remarks>
internal static class CollectionItemCheck
{
    /// <summary>Returns one line per dropped or misread value under <paramref name="section"/>, bound to <paramref name="optionsType"/>.</summary>
    public static IReadOnlyList<string> FindInvalid(Type optionsType, IConfigurationSection section)
    {
        var lines = new List<string>();
        CheckObject(optionsType, section, isInItem: false, lines);
        return lines;
    }

    private static void Check(Type type, IConfigurationSection section, bool isInItem, List<string> lines)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(target))
        {
            CheckScalar(target, section, isInItem, lines);
        }
        else if (FindItemType(target, out var isDictionary) is { } itemType)
        {
            CheckCollection(itemType, isDictionary, section, lines);
        }
        else
        {
            CheckObject(target, section, isInItem, lines);
        }
    }

    private static void CheckScalar(Type type, IConfigurationSection section, bool isInItem, List<string> lines)
    {
        if (string.IsNullOrEmpty(section.Value))
        {
            if (isInItem && section.GetChildren().FirstOrDefault() is { } child)
            {
                lines.Add(SettingMessages.NotSingleValue(section.Path, child.Path));
            }

            return;
        }

        if (type == typeof(string))
        {
            return;
        }

        if (!TryConvert(type, section.Value, out var value))
        {
            if (isInItem)
            {
                lines.Add(SettingMessages.NotConvertible(section.Path, section.Value, type));
            }

            return;
        }

        if (type.IsEnum && !IsEnumMember(type, section.Value, value))
        {
            lines.Add(SettingMessages.NotConvertible(section.Path, section.Value, type));
        }
    }

    private static void CheckCollection(Type itemType, bool isDictionary, IConfigurationSection section, List<string> lines)
    {
        var items = section.GetChildren().ToList();
        if (items.Count == 0 && !string.IsNullOrEmpty(section.Value))
        {
            lines.Add(isDictionary ? SettingMessages.NotNamedEntries(section.Path, section.Value) : SettingMessages.NotList(section.Path, section.Value));
        }

        foreach (var item in items)
        {
            Check(itemType, item, isInItem: true, lines);
        }
    }

    private static void CheckObject(Type type, IConfigurationSection section, bool isInItem, List<string> lines)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0 && isInItem && !string.IsNullOrEmpty(section.Value))
        {
            lines.Add(SettingMessages.NotKeyed(section.Path, section.Value, [.. FindBoundProperties(type).Select(KeyOf)]));
        }

        foreach (var child in children)
        {
            var property = FindBoundProperties(type).FirstOrDefault(candidate => string.Equals(KeyOf(candidate), child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is not null)
            {
                Check(property.PropertyType, child, isInItem, lines);
            }
        }
    }

    // The binder converts a value with the type's TypeConverter, so a type whose converter reads
    // strings is a single value, whatever interfaces it has.
    private static bool IsScalar(Type type) =>
        type == typeof(string) || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));

    // Returns the item type of an array, a list or set (IEnumerable<T>) or a dictionary
    // (IDictionary<TKey, TValue> or IReadOnlyDictionary<TKey, TValue>, whose items are the values).
    private static Type? FindItemType(Type type, out bool isDictionary)
    {
        isDictionary = false;
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var interfaces = type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
        var dictionary = interfaces.FirstOrDefault(candidate => IsGeneric(candidate, typeof(IDictionary<,>)) || IsGeneric(candidate, typeof(IReadOnlyDictionary<,>)));
        if (dictionary is not null)
        {
            isDictionary = true;
            return dictionary.GetGenericArguments()[1];
        }

        return interfaces.FirstOrDefault(candidate => IsGeneric(candidate, typeof(IEnumerable<>)))?.GetGenericArguments()[0];
    }

    private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    // The binder sets a property with a public setter, and binds into the current value of a
    // read-only property of a class type, such as a list created by the options class.
    private static IEnumerable<PropertyInfo> FindBoundProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property =>
            property.GetMethod is { IsPublic: true }
            && property.GetIndexParameters().Length == 0
            && (property.SetMethod is { IsPublic: true } || IsBoundInPlace(property.PropertyType)));

    private static bool IsBoundInPlace(Type type) => type.IsClass && !type.IsArray && !IsScalar(type);

    private static string KeyOf(PropertyInfo property) =>
        property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;

    private static bool TryConvert(Type type, string text, out object? value)
    {
        try
        {
            value = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            value = null;
            return false;
        }
    }

    private static bool IsEnumMember(Type type, string text, object? value) =>
        type.IsDefined(typeof(FlagsAttribute), inherit: false)
            || (value is not null && Enum.IsDefined(type, value) && !text.Contains(',', StringComparison.Ordinal));
}
