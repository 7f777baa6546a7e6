using System.Collections.Frozen;

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

    // HelpBot's categories of the data that Azure's PII detection finds at API version 2025-11-01.
    private static readonly FrozenSet<string> DetectedCategories = FrozenSet.Create(
        StringComparer.Ordinal,
        PiiCategories.Person,
        PiiCategories.PhoneNumber,
        PiiCategories.Email,
        PiiCategories.Address,
        PiiCategories.USSocialSecurityNumber,
        PiiCategories.DateOfBirth,
        PiiCategories.Age,
        PiiCategories.USIndividualTaxpayerIdentification,
        PiiCategories.USDriversLicenseNumber,
        PiiCategories.CreditCardNumber,
        PiiCategories.USBankAccountNumber,
        PiiCategories.ABARoutingNumber,
        PiiCategories.InternationalBankingAccountNumber,
        PiiCategories.IPAddress,
        PiiCategories.Url,
        PiiCategories.Organization,
        PiiCategories.DateTime);

    // The first API version whose PII detection also finds passwords and Medicare Beneficiary Identifiers.
    private const string ApiVersionWithPasswords = "2026-05-01";

    /// <summary>
    /// Returns true when Azure's PII detection at <paramref name="apiVersion"/> finds the data of HelpBot's
    /// <paramref name="category"/>. Only the local recognizers find the others, such as Medicaid IDs,
    /// immigration status or health information.
    /// </summary>
    public static bool IsDetectedByAzure(string category, string apiVersion) =>
        DetectedCategories.Contains(category)
        || (category is PiiCategories.Password or PiiCategories.MedicareBeneficiaryId
            && string.CompareOrdinal(apiVersion, ApiVersionWithPasswords) >= 0);

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
