using System.Globalization;
using System.Text.Json;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads form answers from a card submit (<c>activity.value</c> as an object of field values) or
/// from typed text: "Field: value" lines, or the whole text when the form has one field.
/// </summary>
internal static class FormInputReader
{
    public static FormInput Read(Activity activity, IReadOnlyList<FormField> fields, DialogMessages messages)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } submit)
        {
            return new FormInput(ReadSubmit(submit, fields), null);
        }

        return ReadTyped(activity.Text, fields, messages);
    }

    private static Dictionary<string, string> ReadSubmit(JsonElement submit, IReadOnlyList<FormField> fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!submit.TryGetProperty(field.Name, out var element))
            {
                continue;
            }

            var text = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                values[field.Name] = text.Trim();
            }
        }

        return values;
    }

    private static FormInput ReadTyped(string? text, IReadOnlyList<FormField> fields, DialogMessages messages)
    {
        var labels = string.Join(", ", fields.Select(field => field.Label));
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return Error(Format(messages.FormTypedFormat, labels));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var separator = line.IndexOf(':', StringComparison.Ordinal);
            var field = separator > 0 ? FindField(fields, line[..separator]) : null;
            if (field is null && fields.Count == 1 && lines.Length == 1)
            {
                return new FormInput(new Dictionary<string, string> { [fields[0].Name] = line }, null);
            }

            if (field is null)
            {
                return separator > 0
                    ? Error(Format(messages.FormUnknownField, line[..separator].Trim(), labels))
                    : Error(Format(messages.FormTypedFormat, labels));
            }

            var value = line[(separator + 1)..].Trim();
            if (value.Length > 0)
            {
                values[field.Name] = value;
            }
        }

        return new FormInput(values, null);
    }

    private static FormField? FindField(IReadOnlyList<FormField> fields, string typedLabel)
    {
        var label = TextNormalizer.Normalize(typedLabel);
        return fields.FirstOrDefault(field =>
            TextNormalizer.Normalize(field.Name) == label
            || TextNormalizer.Normalize(field.Label) == label
            || field.Aliases.Any(alias => TextNormalizer.Normalize(alias) == label));
    }

    private static FormInput Error(string message) => new(new Dictionary<string, string>(), message);

    private static string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
