using System.ComponentModel.DataAnnotations;
using HelpBot.Privacy.Azure;

namespace HelpBot.Privacy;

/// <summary>Settings of the PII/PHI detector, bound from the configuration section "Pii".</summary>
public sealed class PiiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Pii";

    /// <summary>Which detector checks texts (Pii:Mode): Local (the default), Azure or Both.</summary>
    public PiiMode Mode { get; set; } = PiiMode.Local;

    /// <summary>
    /// Which kinds of data the local detector flags (Pii:Profile): DeskAid (the default) or General, which
    /// adds places, nationalities, organizations, dates and times, IBANs, IP addresses and URLs. An unknown
    /// value fails options binding at start-up.
    /// </summary>
    public PiiProfile Profile { get; set; } = PiiProfile.DeskAid;

    /// <summary>Azure AI Language settings (Pii:Azure), used when <see cref="Mode"/> is Azure or Both.</summary>
    public AzurePiiOptions Azure { get; set; } = new();

    /// <summary>
    /// Lowest score a finding needs to be reported, from 0 to 1. Defaults to 0.5. Findings from a regex
    /// timeout have score 1 and are always reported.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ScoreThreshold { get; set; } = 0.5;

    /// <summary>
    /// Names of the recognizers to run (for example "PersonRecognizer"). Empty, the default, runs every
    /// registered recognizer. An unknown name fails options validation at start-up.
    /// </summary>
    public List<string> EnabledRecognizers { get; set; } = [];

    /// <summary>Names of recognizers not to run, applied after <see cref="EnabledRecognizers"/>.</summary>
    public List<string> DisabledRecognizers { get; set; } = [];

    /// <summary>
    /// Values that are never PII: the help desks' phone numbers and e-mail addresses, and other contacts
    /// from the content file. Phone numbers match on their last ten digits whatever the separators; other
    /// values match case-insensitively. Configuration adds to the default list of the CBMS and Connect
    /// for Health Colorado contacts.
    /// </summary>
    public List<string> AllowList { get; set; } =
    [
        "CBMS.help@state.co.us",
        "PEAKoutreach@bouldercounty.org",
        "1-855-752-6749",
        "1-800-250-7741",
        "1-800-221-3943",
        "1-800-359-1991",
        "1-855-346-3432",
    ];
}
