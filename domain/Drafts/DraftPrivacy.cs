namespace HelpBot.Domain.Drafts;

/// <summary>What the PII check decided for a draft.</summary>
/// <param name="PersonalDataKept">True when the user chose to keep personal data in the draft, so it must be sent encrypted.</param>
/// <param name="KeptCategories">Kinds of personal data kept, such as "Person" or "HealthInformation", for the encryption note.</param>
public sealed record DraftPrivacy(bool PersonalDataKept, IReadOnlyList<string> KeptCategories)
{
    /// <summary>No personal data in the draft (none found, or all removed).</summary>
    public static DraftPrivacy None { get; } = new(false, []);
}
