namespace HelpBot.Privacy.Azure;

/// <summary>
/// Maps Azure AI Language PII categories to <see cref="PiiCategories"/>. Azure's name is kept where it is
/// the same as HelpBot's. Categories that HelpBot never flags (dates, times, web addresses, organizations,
/// job titles) map to null, and so do Azure's quantity categories; any other unknown category keeps its
/// Azure name and counts as an identifier (fail closed).
/// </summary>
internal static class AzureCategoryMap
{
    private static readonly Dictionary<string, string?> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DriversLicenseNumber"] = PiiCategories.USDriversLicenseNumber,
        ["BankAccountNumber"] = PiiCategories.USBankAccountNumber,
        ["USMedicareBeneficiaryId"] = PiiCategories.MedicareBeneficiaryId,
        ["PIN"] = PiiCategories.Password,
        ["Date"] = null,
        ["DateTime"] = null,
        ["DateAndTime"] = null,
        ["URL"] = null,
        ["Organization"] = null,
        ["PersonType"] = null,
        ["Quantity"] = null,
    };

    /// <summary>Returns HelpBot's category for <paramref name="azureCategory"/>, or null when it is not PII for HelpBot.</summary>
    public static string? ToHelpBot(string azureCategory) =>
        Map.TryGetValue(azureCategory, out var mapped) ? mapped : azureCategory;
}
