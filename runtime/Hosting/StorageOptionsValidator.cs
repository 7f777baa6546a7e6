using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace HelpBot.Runtime.Hosting;

/// <summary>Checks the <see cref="StorageOptions"/> rules that data annotations cannot express.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>(2);
        if (!IsKnownProvider(options.Provider))
        {
            failures.Add(
                $"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)} is '{options.Provider}', which is not supported. " +
                $"Set it to '{StorageProviders.Sqlite}' or '{StorageProviders.Memory}'.");
        }

        if (!IsFileName(options.SqliteFileName))
        {
            failures.Add(
                $"{StorageOptions.SectionName}:{nameof(StorageOptions.SqliteFileName)} is '{options.SqliteFileName}', which is not a plain file name. " +
                $"Put the folder in {StorageOptions.SectionName}:{nameof(StorageOptions.DataDirectory)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsKnownProvider(string? provider) =>
        string.Equals(provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, StorageProviders.Memory, StringComparison.OrdinalIgnoreCase);

    private static bool IsFileName(string? fileName) =>
        string.IsNullOrEmpty(fileName)
        || (fileName.IndexOfAny(['/', '\\']) < 0 && fileName != "." && fileName != "..");
}
