namespace HelpBot.Privacy.Azure;

/// <summary>
/// Maps Azure AI Language PII categories to <see cref="PiiCategories"/>. Azure's name is kept where it is
/// the same as HelpBot's. Categories that the DeskAid profile never flags (dates, times, web addresses,
/// organizations, job titles) map to null, and so do Azure's quantity categories. Any other unknown
/// category keeps its Azure name and counts as an identifier (fail closed). The General profile keeps
/// dates and times, web addresses and organizations under its own categories.
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

    // What the General profile keeps of the categories that DeskAid drops, as its own local recognizers
    // find them.
    private static readonly Dictionary<string, string> GeneralMap = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Date"] = PiiCategories.DateTime,
        ["DateTime"] = PiiCategories.DateTime,
        ["DateAndTime"] = PiiCategories.DateTime,
        ["URL"] = PiiCategories.Url,
        ["Organization"] = PiiCategories.Organization,
    };

    /// <summary>
    /// Returns HelpBot's category for an Azure category under <paramref name="profile"/>, or null when the
    /// profile does not flag that kind of data.
    /// </summary>
    public static string? ToHelpBot(string azureCategory, PiiProfile profile = PiiProfile.DeskAid)
    {
        if (profile == PiiProfile.General && GeneralMap.TryGetValue(azureCategory, out var general))
        {
            return general;
        }

        return Map.TryGetValue(azureCategory, out var mapped) ? mapped : azureCategory;
    }
}
