namespace HelpBot.Privacy;

/// <summary>
/// Category names of PII and PHI findings. Where Azure AI Language PII detection has a category for the
/// same data, the value is its exact <c>category</c> string, so findings from the local detector and from
/// Azure can be compared and merged; the other values are HelpBot's own.
/// </summary>
public static class PiiCategories
{
    /// <summary>A person's name (Azure category).</summary>
    public const string Person = "Person";

    /// <summary>A phone number (Azure category).</summary>
    public const string PhoneNumber = "PhoneNumber";

    /// <summary>An e-mail address (Azure category).</summary>
    public const string Email = "Email";

    /// <summary>A street address, PO box or apartment number (Azure category).</summary>
    public const string Address = "Address";

    /// <summary>A US Social Security number (Azure category).</summary>
    public const string USSocialSecurityNumber = "USSocialSecurityNumber";

    /// <summary>A date of birth (Azure category since API version 2025-11-01).</summary>
    public const string DateOfBirth = "DateOfBirth";

    /// <summary>A USCIS alien registration number ("A-number").</summary>
    public const string AlienRegistrationNumber = "AlienRegistrationNumber";

    /// <summary>A Colorado Medicaid (Health First Colorado) member ID or applicant ID.</summary>
    public const string MedicaidId = "MedicaidId";

    /// <summary>Health information (PHI): conditions, diagnoses, medications, treatments, care visits.</summary>
    public const string HealthInformation = "HealthInformation";

    /// <summary>A password or passcode value (Azure category since API version 2026-05-01).</summary>
    public const string Password = "Password";

    /// <summary>A US individual taxpayer identification number (Azure category).</summary>
    public const string USIndividualTaxpayerIdentification = "USIndividualTaxpayerIdentification";

    /// <summary>A payment card number (Azure category).</summary>
    public const string CreditCardNumber = "CreditCardNumber";

    /// <summary>A US bank account number (Azure category).</summary>
    public const string USBankAccountNumber = "USBankAccountNumber";

    /// <summary>An ABA bank routing number (Azure category).</summary>
    public const string ABARoutingNumber = "ABARoutingNumber";

    /// <summary>Citizenship or immigration status of a person.</summary>
    public const string ImmigrationStatus = "ImmigrationStatus";

    /// <summary>A household or personal income amount.</summary>
    public const string HouseholdIncome = "HouseholdIncome";

    /// <summary>Medical Assistance or qualified health plan eligibility status.</summary>
    public const string EligibilityStatus = "EligibilityStatus";

    /// <summary>A spoken or written language preference.</summary>
    public const string LanguagePreference = "LanguagePreference";

    /// <summary>Tobacco use.</summary>
    public const string TobaccoUse = "TobaccoUse";

    /// <summary>A federal tax return or tax form of a person (1040, 941, 1099, 1120, W-2).</summary>
    public const string TaxReturn = "TaxReturn";

    /// <summary>A person's age (Azure category).</summary>
    public const string Age = "Age";

    /// <summary>A US driver's license number (Azure category).</summary>
    public const string USDriversLicenseNumber = "USDriversLicenseNumber";

    /// <summary>
    /// A Medicare Beneficiary Identifier (MBI). Azure names this category <c>USMedicareBeneficiaryId</c>
    /// from API version 2026-05-01; its findings are mapped to this value.
    /// </summary>
    public const string MedicareBeneficiaryId = "MedicareBeneficiaryId";

    /// <summary>A country, region, state or city name (Azure named entity category; General profile only).</summary>
    public const string Location = "Location";

    /// <summary>A nationality or origin such as "Norwegian" (General profile only).</summary>
    public const string Nationality = "Nationality";

    /// <summary>A company or other organization name (Azure category; General profile only).</summary>
    public const string Organization = "Organization";

    /// <summary>A date, weekday, year or time of day (Azure category; General profile only).</summary>
    public const string DateTime = "DateTime";

    /// <summary>An IBAN (Azure category; General profile only).</summary>
    public const string InternationalBankingAccountNumber = "InternationalBankingAccountNumber";

    /// <summary>An IPv4 or IPv6 address (Azure category; General profile only).</summary>
    public const string IPAddress = "IPAddress";

    /// <summary>A web address (Azure category; General profile only).</summary>
    public const string Url = "URL";
}
