using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using HelpBot.Privacy.Azure;
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
        ValidateRecognizerNames(nameof(PiiOptions.EnabledRecognizers), options.EnabledRecognizers, known, failures);
        ValidateRecognizerNames(nameof(PiiOptions.DisabledRecognizers), options.DisabledRecognizers, known, failures);
        ValidateAzureAnnotations(options.Azure, failures);

        if (options.Mode != PiiMode.Local)
        {
            ValidateEndpoint(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRecognizerNames(string setting, List<string> names, HashSet<string> known, List<string> failures)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (!known.Contains(names[i]))
            {
                failures.Add($"Pii:{setting}:{i} is '{names[i]}', which is not a recognizer name. Use one of: {string.Join(", ", known.Order())}.");
            }
        }
    }

    // DataAnnotations validation does not descend into Pii:Azure, so its attributes are checked here,
    // one message per property that names its full key.
    private static void ValidateAzureAnnotations(AzurePiiOptions azure, List<string> failures)
    {
        foreach (var property in typeof(AzurePiiOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"Pii:Azure:{property.Name}";
            var value = property.GetValue(azure);
            var context = new ValidationContext(azure) { MemberName = property.Name, DisplayName = key };
            var failed = property.GetCustomAttributes<ValidationAttribute>(inherit: true)
                .FirstOrDefault(attribute => attribute.GetValidationResult(value, context) != ValidationResult.Success);
            if (failed is not null)
            {
                failures.Add(DescribeAzureFailure(key, failed, value));
            }
        }
    }

    private static string DescribeAzureFailure(string key, ValidationAttribute attribute, object? value) => attribute switch
    {
        RequiredAttribute => $"{key} is empty, but it needs a value.",
        RangeAttribute range when value is TimeSpan duration =>
            $"{key} is {duration.ToString("c", CultureInfo.InvariantCulture)}, which is outside the allowed range. Set a duration from {range.Minimum} to {range.Maximum}, in the format d.hh:mm:ss.",
        RangeAttribute range =>
            string.Create(CultureInfo.InvariantCulture, $"{key} is {value}, which is outside the allowed range. Set a value from {range.Minimum} to {range.Maximum}."),
        _ => attribute.FormatErrorMessage(key),
    };

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
            failures.Add($"Pii:Azure:Endpoint '{endpoint}' uses http. Use https, because plain http is accepted only for a loopback test server.");
        }
    }
}
