namespace HelpBot.Privacy;

/// <summary>Which kinds of data the local detector flags (Pii:Profile).</summary>
public enum PiiProfile
{
    /// <summary>
    /// The help-desk default: people's identifiers and linked details, but not dates, place names,
    /// nationalities, organizations or web addresses, which describe the problem rather than the person.
    /// </summary>
    DeskAid = 0,

    /// <summary>
    /// A general-purpose PII scan: everything <see cref="DeskAid"/> flags, and also places, nationalities,
    /// organizations, dates and times, IBANs, IP addresses and URLs.
    /// </summary>
    General = 1,
}
