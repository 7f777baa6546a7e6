namespace HelpBot.Privacy.Redaction;

/// <summary>Typed placeholders that replace removed values, such as <c>[SSN]</c>.</summary>
public static class PiiPlaceholders
{
    /// <summary>Placeholder for a category that has no placeholder of its own.</summary>
    public const string Default = "[REDACTED]";

    private static readonly Dictionary<string, string> ByCategory = new(StringComparer.Ordinal)
    {
        [PiiCategories.Person] = "[NAME]",
        [PiiCategories.PhoneNumber] = "[PHONE]",
        [PiiCategories.Email] = "[EMAIL]",
        [PiiCategories.Address] = "[ADDRESS]",
        [PiiCategories.USSocialSecurityNumber] = "[SSN]",
        [PiiCategories.DateOfBirth] = "[DOB]",
        [PiiCategories.AlienRegistrationNumber] = "[A-NUMBER]",
        [PiiCategories.MedicaidId] = "[MEDICAID ID]",
        [PiiCategories.HealthInformation] = "[HEALTH INFO]",
        [PiiCategories.Password] = "[PASSWORD]",
        [PiiCategories.USIndividualTaxpayerIdentification] = "[ITIN]",
        [PiiCategories.CreditCardNumber] = "[CARD NUMBER]",
        [PiiCategories.USBankAccountNumber] = "[ACCOUNT NUMBER]",
        [PiiCategories.ABARoutingNumber] = "[ROUTING NUMBER]",
        [PiiCategories.ImmigrationStatus] = "[IMMIGRATION STATUS]",
        [PiiCategories.HouseholdIncome] = "[INCOME]",
        [PiiCategories.EligibilityStatus] = "[ELIGIBILITY STATUS]",
        [PiiCategories.LanguagePreference] = "[LANGUAGE]",
        [PiiCategories.TobaccoUse] = "[TOBACCO USE]",
        [PiiCategories.TaxReturn] = "[TAX RETURN]",
        [PiiCategories.Age] = "[AGE]",
        [PiiCategories.USDriversLicenseNumber] = "[DRIVER LICENSE]",
        [PiiCategories.MedicareBeneficiaryId] = "[MBI]",
        [PiiCategories.Location] = "[LOCATION]",
        [PiiCategories.Nationality] = "[NATIONALITY]",
        [PiiCategories.Organization] = "[ORGANIZATION]",
        [PiiCategories.DateTime] = "[DATE]",
        [PiiCategories.InternationalBankingAccountNumber] = "[IBAN]",
        [PiiCategories.IPAddress] = "[IP ADDRESS]",
        [PiiCategories.Url] = "[URL]",
    };

    /// <summary>Returns the placeholder for <paramref name="category"/>, or <see cref="Default"/>.</summary>
    public static string For(string category) =>
        ByCategory.TryGetValue(category, out var placeholder) ? placeholder : Default;
}
