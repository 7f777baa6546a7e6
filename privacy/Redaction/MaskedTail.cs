using System.Collections.Frozen;

namespace HelpBot.Privacy.Redaction;

/// <summary>
/// Which findings may show their last four letters or digits when masked or described ("SSN ending
/// 1120"): numbers and identifiers with more than eight of them, whose tail alone identifies no one.
/// Names, addresses and other values are never shown in part, since their last letters still point to
/// the person.
/// </summary>
public static class MaskedTail
{
    /// <summary>Number of letters or digits left visible.</summary>
    public const int Length = 4;

    /// <summary>Fewest letters or digits a value needs before its tail is shown.</summary>
    public const int MinimumCharacters = 9;

    private static readonly FrozenSet<string> Categories = new[]
    {
        PiiCategories.USSocialSecurityNumber, PiiCategories.USIndividualTaxpayerIdentification, PiiCategories.PhoneNumber,
        PiiCategories.CreditCardNumber, PiiCategories.USBankAccountNumber, PiiCategories.ABARoutingNumber,
        PiiCategories.USDriversLicenseNumber, PiiCategories.MedicareBeneficiaryId, PiiCategories.MedicaidId,
        PiiCategories.AlienRegistrationNumber,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns true when a value of <paramref name="category"/> with <paramref name="letterOrDigitCount"/> letters or digits may show its tail.</summary>
    public static bool IsShown(string category, int letterOrDigitCount) =>
        letterOrDigitCount >= MinimumCharacters && Categories.Contains(category);
}
