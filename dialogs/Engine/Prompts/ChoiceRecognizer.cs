using System.Globalization;
using System.Text.Json;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds the option a user picked, in this order: a submit value
/// (<c>{"choice":"peak"}</c> or a plain string value of a messageBack), a typed number ("2"),
/// an exact value, title or synonym, then partial text that matches exactly one option.
/// Text is compared after <see cref="TextNormalizer.Normalize"/>.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>Shortest typed text tried as a partial match, so "a" does not pick "Connect".</summary>
    private const int MinPartialLength = 3;

    /// <summary>Returns the recognized choice, or a failure naming what was wrong.</summary>
    public static PromptRecognizerResult<FoundChoice> Recognize(Activity activity, IReadOnlyList<Choice> choices, DialogMessages messages)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(messages);
        var range = Format("1 to {0}", choices.Count);

        var submitted = ReadSubmittedValue(activity.Value);
        if (submitted is not null && FindExact(choices, TextNormalizer.Normalize(submitted)) is int submittedIndex)
        {
            return Found(choices, submittedIndex);
        }

        var text = TextNormalizer.Normalize(activity.Text);
        if (text.Length == 0)
        {
            return PromptRecognition.Failure<FoundChoice>(Format(messages.ChoiceNotRecognized, range));
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count
                ? Found(choices, number - 1)
                : PromptRecognition.Failure<FoundChoice>(Format(messages.ChoiceNumberOutOfRange, range));
        }

        if (FindExact(choices, text) is int exactIndex)
        {
            return Found(choices, exactIndex);
        }

        return RecognizePartial(choices, text, messages, range);
    }

    private static PromptRecognizerResult<FoundChoice> RecognizePartial(IReadOnlyList<Choice> choices, string text, DialogMessages messages, string range)
    {
        var matches = new List<int>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (Terms(choices[i]).Any(term => IsPartialMatch(term, text)))
            {
                matches.Add(i);
            }
        }

        return matches.Count switch
        {
            1 => Found(choices, matches[0]),
            0 => PromptRecognition.Failure<FoundChoice>(Format(messages.ChoiceNotRecognized, range)),
            _ => PromptRecognition.Failure<FoundChoice>(Format(messages.ChoiceAmbiguous, string.Join(", ", matches.Select(i => $"{i + 1}. {choices[i].DisplayText}")))),
        };
    }

    /// <summary>True when the typed text is part of the term ("peak" in "peak ses") or contains the whole term as words ("its peak" contains "peak").</summary>
    private static bool IsPartialMatch(string term, string text)
    {
        if (term.Length == 0)
        {
            return false;
        }

        if (text.Length >= MinPartialLength && term.Contains(text, StringComparison.Ordinal))
        {
            return true;
        }

        return term.Length >= MinPartialLength && $" {text} ".Contains($" {term} ", StringComparison.Ordinal);
    }

    private static int? FindExact(IReadOnlyList<Choice> choices, string normalized)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (Terms(choices[i]).Contains(normalized))
            {
                return i;
            }
        }

        return null;
    }

    private static IEnumerable<string> Terms(Choice choice)
    {
        yield return TextNormalizer.Normalize(choice.Value);
        if (choice.Title is not null)
        {
            yield return TextNormalizer.Normalize(choice.Title);
        }

        foreach (var synonym in choice.Synonyms)
        {
            yield return TextNormalizer.Normalize(synonym);
        }
    }

    private static string? ReadSubmittedValue(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Object } data when data.TryGetProperty(SubmitDataKeys.Choice, out var choice)
            && choice.ValueKind == JsonValueKind.String => choice.GetString(),
        _ => null,
    };

    private static PromptRecognizerResult<FoundChoice> Found(IReadOnlyList<Choice> choices, int index) =>
        PromptRecognition.Success(new FoundChoice { Value = choices[index].Value, Index = index });

    private static string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
