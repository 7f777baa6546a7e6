using HelpBot.Privacy.Recognizers.General;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Decides which recognizers run, from <see cref="PiiOptions.Profile"/>, <see cref="PiiOptions.EnabledRecognizers"/>
/// and <see cref="PiiOptions.DisabledRecognizers"/>. A <see cref="IGeneralProfileRecognizer"/> runs only in the
/// General profile, even when EnabledRecognizers names it.
/// </summary>
public sealed class RecognizerRegistry
{
    /// <summary>Creates the registry from every available recognizer and the options.</summary>
    public RecognizerRegistry(IEnumerable<IPiiRecognizer> available, IOptions<PiiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(available);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var enabled = settings.EnabledRecognizers.ToHashSet(StringComparer.Ordinal);
        var disabled = settings.DisabledRecognizers.ToHashSet(StringComparer.Ordinal);
        var general = settings.Profile == PiiProfile.General;
        Recognizers = available
            .Where(r => general || r is not IGeneralProfileRecognizer)
            .Where(r => enabled.Count == 0 || enabled.Contains(r.Name))
            .Where(r => !disabled.Contains(r.Name))
            .Select(r => r is IProfileAwareRecognizer aware ? aware.ForProfile(settings.Profile) : r)
            .ToArray();
    }

    /// <summary>The recognizers that run, in registration order.</summary>
    public IReadOnlyList<IPiiRecognizer> Recognizers { get; }

    /// <summary>Creates one instance of each built-in recognizer, those of the General profile last.</summary>
    public static IReadOnlyList<IPiiRecognizer> CreateBuiltIn() =>
    [
        new PersonRecognizer(),
        new KnownNameRecognizer(),
        new PhoneNumberRecognizer(),
        new PhoneCueRecognizer(),
        new EmailRecognizer(),
        new AddressRecognizer(),
        new StreetAddressRecognizer(),
        new UsSocialSecurityNumberRecognizer(),
        new SsnCueRecognizer(),
        new SsnShapeRecognizer(),
        new DateOfBirthRecognizer(),
        new AlienRegistrationNumberRecognizer(),
        new MedicaidIdRecognizer(),
        new HealthInformationRecognizer(),
        new PasswordRecognizer(),
        new LonePasswordRecognizer(),
        new UsIndividualTaxpayerIdentificationRecognizer(),
        new CreditCardRecognizer(),
        new UsBankAccountNumberRecognizer(),
        new AbaRoutingNumberRecognizer(),
        new ImmigrationStatusRecognizer(),
        new HouseholdIncomeRecognizer(),
        new EligibilityStatusRecognizer(),
        new LanguagePreferenceRecognizer(),
        new TobaccoUseRecognizer(),
        new TaxReturnRecognizer(),
        new AgeRecognizer(),
        new UsDriversLicenseNumberRecognizer(),
        new MedicareBeneficiaryIdRecognizer(),
        new LocationRecognizer(),
        new NationalityRecognizer(),
        new OrganizationRecognizer(),
        new DateTimeRecognizer(),
        new IbanRecognizer(),
        new IpAddressRecognizer(),
        new UrlRecognizer(),
        new PostalCodeRecognizer(),
    ];
}
