using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy;

/// <summary>
/// Rejects recognizer names that no registered recognizer has, and an Azure or Both mode without a valid
/// endpoint (absolute https, or http to a loopback address for tests).
/// </summary>
internal sealed class PiiOptionsValidator(IEnumerable<IPiiRecognizer> recognizers) : IValidateOptions<PiiOptions>
{
    public ValidateOptionsResult Validate(string? name, PiiOptions options)
    {
        var failures = new List<string>();
        var known = recognizers.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = options.EnabledRecognizers.Concat(options.DisabledRecognizers)
            .Where(n => !known.Contains(n))
            .ToList();
        if (unknown.Count > 0)
        {
            failures.Add($"Pii: unknown recognizer name(s) {string.Join(", ", unknown)}. Known names: {string.Join(", ", known.Order())}.");
        }

        // DataAnnotations validation does not descend into Pii:Azure, so its ranges are checked here.
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var context = new System.ComponentModel.DataAnnotations.ValidationContext(options.Azure);
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options.Azure, context, results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"Pii:Azure: {r.ErrorMessage}"));
        }

        if (options.Mode != PiiMode.Local)
        {
            ValidateEndpoint(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateEndpoint(PiiOptions options, List<string> failures)
    {
        var endpoint = options.Azure.Endpoint;
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            failures.Add($"Pii:Azure:Endpoint is missing. Pii:Mode {options.Mode} needs the Language resource endpoint, such as https://my-resource.cognitiveservices.azure.com, or set Pii:Mode to Local.");
            return;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query))
        {
            failures.Add($"Pii:Azure:Endpoint '{endpoint}' is invalid. Use an absolute https address with no query, such as https://my-resource.cognitiveservices.azure.com.");
            return;
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            failures.Add($"Pii:Azure:Endpoint '{endpoint}' uses http. Use https; plain http is accepted only for a loopback test server.");
        }
    }
}
