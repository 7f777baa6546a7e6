using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy;

/// <summary>Rejects recognizer names in <see cref="PiiOptions"/> that no registered recognizer has.</summary>
internal sealed class PiiOptionsValidator(IEnumerable<IPiiRecognizer> recognizers) : IValidateOptions<PiiOptions>
{
    public ValidateOptionsResult Validate(string? name, PiiOptions options)
    {
        var known = recognizers.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = options.EnabledRecognizers.Concat(options.DisabledRecognizers)
            .Where(n => !known.Contains(n))
            .ToList();
        if (unknown.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"Pii: unknown recognizer name(s) {string.Join(", ", unknown)}. Known names: {string.Join(", ", known.Order())}.");
    }
}
