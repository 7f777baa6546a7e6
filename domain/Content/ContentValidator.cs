using System.Text.RegularExpressions;

namespace HelpBot.Domain.Content;

/// <summary>
/// Checks the content rules the JSON reader cannot: every fact has a known source, ids are unique,
/// addresses, e-mail addresses and phone numbers are well formed, references resolve, and required
/// lists are not empty. Each problem names its entry by JSON path.
/// </summary>
internal sealed partial class ContentValidator
{
    private readonly DeskAidContent _content;
    private readonly List<ContentProblem> _problems = [];
    private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);

    public ContentValidator(DeskAidContent content) => _content = content;

    /// <summary>Returns every problem found, in file order; empty when the content is valid.</summary>
    public IReadOnlyList<ContentProblem> Validate()
    {
        ValidateSources();
        ValidateContacts();
        ValidateSystems();
        ValidateTips();
        ValidatePeakReport();
        ValidateServiceCenter();
        ValidateTraining();
        ValidatePrivacy();
        ValidateHelpTopics();
        ValidateRoles();
        ValidateElsewhere();
        return _problems;
    }

    // 1-NNN-NNN-NNNN, the form the desk aid and the sources write phone numbers in.
    [GeneratedRegex(@"^1-\d{3}-\d{3}-\d{4}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PhoneFormat();

    // Three-digit relay and service numbers such as 711.
    [GeneratedRegex(@"^\d{3}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RelayFormat();

    // A plain mailbox: local part, @, and a dotted domain; no display name, no spaces.
    [GeneratedRegex(@"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EmailFormat();

    // A lower-case DNS host name without scheme, port or trailing dot.
    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HostFormat();

    private void Problem(string path, string message) => _problems.Add(new ContentProblem(path, message));

    private void Missing(string path) => Problem(path, $"content entry '{path}' is missing");

    private void InvalidEntry(string path, string why) => Problem(path, $"content entry '{path}' is invalid: {why}");

    /// <summary>Reports <paramref name="value"/> when it is null or blank; returns true when present.</summary>
    private bool Required(string? value, string path)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Missing(path);
        return false;
    }

    /// <summary>Reports a null or empty list; returns true when it has items.</summary>
    private bool RequiredList<T>(List<T>? list, string path)
    {
        if (list is { Count: > 0 })
        {
            return true;
        }

        if (list is null)
        {
            Missing(path);
        }
        else
        {
            Problem(path, $"content entry '{path}' is empty; it needs at least one item");
        }

        return false;
    }

    /// <summary>Checks the source reference and the optional fields every fact shares.</summary>
    private void Fact(SourcedFact? fact, string path)
    {
        if (fact is null)
        {
            Missing(path);
            return;
        }

        if (Required(fact.Source, $"{path}.source") && !_sourceIds.Contains(fact.Source))
        {
            InvalidEntry($"{path}.source", $"source '{fact.Source}' is not defined in 'sources'");
        }
    }

    private void TextFact(TextFact? fact, string path)
    {
        Fact(fact, path);
        if (fact is null)
        {
            return;
        }

        Required(fact.Id, $"{path}.id");
        Required(fact.Text, $"{path}.text");
    }

    private void TextFacts(List<TextFact>? facts, string path)
    {
        if (!RequiredList(facts, path))
        {
            return;
        }

        for (var index = 0; index < facts!.Count; index++)
        {
            TextFact(facts[index], $"{path}[{index}]");
        }

        UniqueIds(facts, fact => fact?.Id, path);
    }

    /// <summary>Reports every id that appears twice in <paramref name="items"/>.</summary>
    private void UniqueIds<T>(List<T> items, Func<T, string?> id, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var value = id(items[index]);
            if (!string.IsNullOrWhiteSpace(value) && !seen.Add(value))
            {
                Problem($"{path}[{index}].id", $"content entry '{path}[{index}].id' repeats id '{value}'");
            }
        }
    }

    /// <summary>Checks an absolute https address; http passes only when <paramref name="allowHttp"/> is set.</summary>
    private void Url(string? value, string path, bool allowHttp, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Missing(path);
            }

            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            InvalidEntry(path, $"'{value}' is not an absolute web address");
            return;
        }

        var schemeAllowed = uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp);
        if (!schemeAllowed)
        {
            var expected = allowHttp ? "https or http" : "https (set allowHttp when the source gives http)";
            InvalidEntry(path, $"'{value}' must use {expected}");
        }
    }

    private void Email(string? value, string path)
    {
        if (Required(value, path) && !EmailFormat().IsMatch(value!))
        {
            InvalidEntry(path, $"'{value}' is not an e-mail address");
        }
    }

    private void ContactReference(string? id, string path, params string[] kinds)
    {
        if (!Required(id, path))
        {
            return;
        }

        var contact = _content.Contacts?.Find(candidate => candidate?.Id == id);
        if (contact is null)
        {
            InvalidEntry(path, $"contact '{id}' is not defined in 'contacts'");
        }
        else if (kinds.Length > 0 && !kinds.Contains(contact.Kind))
        {
            InvalidEntry(path, $"contact '{id}' is a {contact.Kind} contact, expected {string.Join(" or ", kinds)}");
        }
    }

    private void Choice<T>(Choice<T>? choice, string path, Action<T?, string> validateValue)
    {
        if (choice is null)
        {
            Missing(path);
            return;
        }

        if (!RequiredList(choice.Options, $"{path}.options"))
        {
            return;
        }

        for (var index = 0; index < choice.Options.Count; index++)
        {
            var optionPath = $"{path}.options[{index}]";
            var option = choice.Options[index];
            Fact(option, optionPath);
            if (option is not null && Required(option.Id, $"{optionPath}.id"))
            {
                validateValue(option.Value, $"{optionPath}.value");
            }
        }

        UniqueIds(choice.Options, option => option?.Id, $"{path}.options");
        if (Required(choice.Active, $"{path}.active") && !choice.Options.Exists(option => option?.Id == choice.Active))
        {
            InvalidEntry($"{path}.active", $"no option has id '{choice.Active}'");
        }
    }
}
