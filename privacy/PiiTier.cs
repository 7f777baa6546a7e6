namespace HelpBot.Privacy;

/// <summary>How serious a finding is for an unencrypted e-mail.</summary>
public enum PiiTier
{
    /// <summary>
    /// Personal information that is linked to a person only together with other details (income,
    /// language preference, eligibility status). The e-mail may go out after a warning.
    /// </summary>
    LinkedDetail = 0,

    /// <summary>
    /// Information that identifies a person or is PHI on its own. It must be removed, or the e-mail must
    /// be sent encrypted.
    /// </summary>
    Identifier = 1,
}
