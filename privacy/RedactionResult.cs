namespace HelpBot.Privacy;

/// <summary>The rewritten text and what the user kept, for the draft's record.</summary>
/// <param name="Text">The text with removed, masked and edited values replaced.</param>
/// <param name="Kept">Findings left in the text, by category and tier (no values), in text order.</param>
/// <param name="RemovedPasswordCount">Passwords removed although the user chose to keep, mask or edit them.</param>
public sealed record RedactionResult(string Text, IReadOnlyList<KeptFinding> Kept, int RemovedPasswordCount)
{
    /// <summary>
    /// True when an identifier was kept, so the e-mail must be sent as a secure (encrypted) e-mail and
    /// marked as such.
    /// </summary>
    public bool RequiresSecureEmail => Kept.Any(k => k.Tier == PiiTier.Identifier);

    /// <summary>True when a password was in the text; passwords are always removed and the user is warned.</summary>
    public bool PasswordWarning => RemovedPasswordCount > 0;
}
