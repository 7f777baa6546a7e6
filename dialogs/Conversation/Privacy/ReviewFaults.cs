namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>A finding named in a reply: its number from 0 and its description, such as "1 (SSN in Description)".</summary>
public sealed record NamedFinding(int Index, string Description);

/// <summary>
/// The faults in one answer to the review and in the choices saved so far, collected so that one reply
/// names all of them (<see cref="ReviewFaultMessage"/>).
/// </summary>
public sealed class ReviewFaults
{
    /// <summary>Edits whose replacement text still contains an identifier.</summary>
    public List<NamedFinding> PersonalReplacements { get; } = [];

    /// <summary>
    /// The identifiers found in <see cref="PersonalReplacements"/>, each as typed with its placeholder, such as
    /// <c>[SSN]</c>, for replacement in the channel's stored copy of the message.
    /// </summary>
    public Dictionary<string, string> ReplacementIdentifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Category labels of the identifiers found in <see cref="PersonalReplacements"/>, each once.</summary>
    public List<string> ReplacementCategories { get; } = [];

    /// <summary>Edits without replacement text.</summary>
    public List<NamedFinding> EmptyEdits { get; } = [];

    /// <summary>Numbers, counted from 1, that the answer chose for but the review does not list.</summary>
    public List<int> MissingNumbers { get; } = [];

    /// <summary>Parts of a typed answer that are not commands.</summary>
    public List<TextPosition> NotUnderstood { get; } = [];

    /// <summary>Listed identifiers whose card input held a value that is no choice, such as one sent by a changed client.</summary>
    public List<NamedFinding> InvalidChoices { get; } = [];

    /// <summary>Listed identifiers that have no choice yet.</summary>
    public List<NamedFinding> Unchosen { get; } = [];

    /// <summary>Passwords the answer chose to keep, mask or edit. This is a note only, because passwords are always removed.</summary>
    public List<NamedFinding> PasswordChoices { get; } = [];

    /// <summary>Saved choices that have no fault and apply, so the reply can report that they are kept.</summary>
    public int KeptChoices { get; set; }

    /// <summary>True when the choices cannot be applied yet.</summary>
    public bool RejectsAnswer =>
        PersonalReplacements.Count + EmptyEdits.Count + MissingNumbers.Count + NotUnderstood.Count + InvalidChoices.Count + Unchosen.Count > 0;
}
