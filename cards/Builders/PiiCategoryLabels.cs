using HelpBot.Privacy;

namespace HelpBot.Cards.Builders;

/// <summary>Names of PII categories as the PII review card shows them.</summary>
public static class PiiCategoryLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [PiiCategories.Person] = "Name",
        [PiiCategories.PhoneNumber] = "Phone number",
        [PiiCategories.Email] = "E-mail address",
        [PiiCategories.Address] = "Home address",
        [PiiCategories.USSocialSecurityNumber] = "SSN",
        [PiiCategories.DateOfBirth] = "Birth date",
        [PiiCategories.AlienRegistrationNumber] = "Alien registration number",
        [PiiCategories.MedicaidId] = "Medicaid or applicant ID",
        [PiiCategories.HealthInformation] = "Health information (PHI)",
        [PiiCategories.Password] = "Password",
        [PiiCategories.USIndividualTaxpayerIdentification] = "ITIN",
        [PiiCategories.CreditCardNumber] = "Payment card number",
        [PiiCategories.USBankAccountNumber] = "Bank account number",
        [PiiCategories.ABARoutingNumber] = "Bank routing number",
        [PiiCategories.ImmigrationStatus] = "Citizenship or immigration status",
        [PiiCategories.HouseholdIncome] = "Income",
        [PiiCategories.EligibilityStatus] = "Eligibility status",
        [PiiCategories.LanguagePreference] = "Language preference",
        [PiiCategories.TobaccoUse] = "Tobacco use",
        [PiiCategories.TaxReturn] = "Tax return",
        [PiiCategories.Age] = "Age",
    };

    /// <summary>Returns the label for <paramref name="category"/>, or "Personal information" for an unknown one.</summary>
    public static string For(string category) =>
        Labels.TryGetValue(category, out var label) ? label : "Personal information";
}
