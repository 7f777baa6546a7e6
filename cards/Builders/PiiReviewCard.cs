using System.Globalization;
using HelpBot.Cards.Model;
using HelpBot.Domain.Content;
using HelpBot.Privacy;

namespace HelpBot.Cards.Builders;

/// <summary>
/// Lists the personal data found in the report, never showing a value in full, and asks what to do
/// with each finding: remove it (a typed placeholder such as [SSN]), mask it with stars (numbers keep
/// their last four), replace it with new text, or keep it: in the e-mail, which must then be encrypted, or
/// on the call checklist for a report that goes by phone (<see cref="PiiReviewState.ForCall"/>). Passwords get
/// no choice because they are always removed. Linked details (income, eligibility status, language,
/// tobacco use) come with a warning and default to keep.
/// </summary>
public static class PiiReviewCard
{
    /// <summary>Prefix of the per-finding choice inputs: <c>finding-0</c>, <c>finding-1</c>, and so on.</summary>
    public const string FindingInputPrefix = "finding-";

    /// <summary>Suffix of the per-finding text inputs for an edit: <c>finding-0-text</c>.</summary>
    public const string EditTextSuffix = "-text";

    /// <summary>Choice value: mask the finding with stars; a long number keeps its last four digits.</summary>
    public const string MaskChoice = "mask";

    /// <summary>Choice value: replace the finding with the text in its <c>-text</c> input.</summary>
    public const string EditChoice = "edit";

    /// <summary>Findings listed one by one; the rest are summarized and removed unless the user keeps all.</summary>
    public const int MaxListedFindings = 20;

    private const int ExpandedChoicesUpTo = 5;
    private const int MaxReplacementLength = 200;

    /// <summary>Builds the review with default choices and no notice about the remote check.</summary>
    public static StepCard Build(string promptId, IReadOnlyList<PiiReviewField> fields, DeskAidContent content) =>
        Build(promptId, fields, content, new PiiReviewState());

    /// <summary>
    /// Builds the review. Findings are numbered across <paramref name="fields"/> in order, field by
    /// field and by offset; <c>finding-N</c> is the N-th, counted from 0. Choices in
    /// <paramref name="state"/> are shown as already chosen, so a rejected answer loses nothing.
    /// </summary>
    public static StepCard Build(string promptId, IReadOnlyList<PiiReviewField> fields, DeskAidContent content, PiiReviewState state)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(state);
        var findings = Number(fields);
        var composer = new CardComposer(promptId).Heading("Personal information found");
        if (state.RemoteUnavailable)
        {
            composer.Warning("The online privacy check (Azure AI Language) was unavailable, so I used HelpBot's built-in check. Read the list carefully.");
        }

        composer.Trusted(state.ForCall
            ? $"The report contains {Count(findings.Count)}. The Service Center needs it only on the call, so it is not written into any message. "
                + "Choose what to do with each one: keep means the call checklist may show it."
            : $"The report contains {Count(findings.Count)} that should not go in a plain e-mail. "
                + "Only the help desk's encrypted mail may carry it. Choose what to do with each one.");
        foreach (var (field, finding, index) in findings.Take(MaxListedFindings))
        {
            AddFinding(composer, field, finding, index, findings.Count, state);
        }

        if (findings.Count > MaxListedFindings)
        {
            composer.Warning($"{findings.Count - MaxListedFindings} more are not listed here. "
                + "They will be removed unless you choose to keep everything.");
        }

        composer.Buttons(Buttons(composer, fields, state.ForCall));
        composer.PlainOnly("Or type the choice shown for each number, one per line.");
        if (state.HasScreenshots && !state.ForCall)
        {
            composer
                .SectionTitle("Screenshots")
                .Trusted("Check your screenshots too: personal information in them must be erased before you attach them.")
                .TrustedBullets(content.PeakReport.ScreenshotPiiOptions.Select(option => option.Text));
        }

        return composer.Navigation(Navigation.Standard).Build();
    }

    /// <summary>Returns the id of the choice input of the finding numbered <paramref name="index"/> from 0.</summary>
    public static string ChoiceInputId(int index) => FindingInputPrefix + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the id of the replacement text input of the finding numbered <paramref name="index"/> from 0.</summary>
    public static string EditInputId(int index) => ChoiceInputId(index) + EditTextSuffix;

    private static List<CardAction> Buttons(CardComposer composer, IReadOnlyList<PiiReviewField> fields, bool forCall)
    {
        var buttons = new List<CardAction>
        {
            composer.Submit("Use my choices above", CardActionNames.ApplyChoices),
            composer.SubmitWithoutInputs("Remove all automatically", CardActionNames.RemoveAll),
            composer.SubmitWithoutInputs(forCall ? "Keep all for the call" : "Keep all and send encrypted", CardActionNames.KeepAllEncrypted),
        };
        buttons.AddRange(fields.Select(field =>
            composer.SubmitWithoutInputs($"Rewrite {field.Heading}", CardActionNames.EditText, field.FieldId)));
        return buttons;
    }

    private static void AddFinding(CardComposer composer, PiiReviewField field, PiiFinding finding, int index, int total, PiiReviewState state)
    {
        var description = FindingPreview.Describe(finding, field.Text);
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        composer
            .SectionTitle($"Finding {number}: {description} in {field.Heading}")
            .User(FindingPreview.Context(finding, field.Text, field.Findings), 200);
        // A report goes to the help desk (PEAK) or to the Service Center (a call), and the notes name only that one.
        var desk = state.ForCall ? "the Service Center" : "the help desk";
        if (finding.Category == PiiCategories.Password)
        {
            composer.Warning($"Passwords are always removed, because {desk} never needs one and nobody should share it.");
            return;
        }

        var linked = finding.Tier == PiiTier.LinkedDetail;
        if (linked)
        {
            composer.TrustedNote($"This detail is personal when it is linked to a person. It may stay, but remove it if {desk} does not need it.");
        }

        RedactionChoice? chosen = state.Choices.TryGetValue(index, out var found) ? found : null;
        var choice = new ChoiceSetInput(ChoiceInputId(index), $"What to do with {description}")
        {
            Style = total <= ExpandedChoicesUpTo ? ChoiceInputStyles.Expanded : ChoiceInputStyles.Compact,
            Value = chosen is { } current ? ChoiceValue(current.Decision) : linked ? CardChoices.Keep : CardChoices.Remove,
        }
            .WithChoice("Remove it (replace with a label)", CardChoices.Remove)
            .WithChoice("Mask it (numbers keep the last four)", MaskChoice)
            .WithChoice("Replace it with my text", EditChoice)
            .WithChoice(KeepLabel(linked, state.ForCall), CardChoices.Keep)
            .Required("Choose remove, mask, replace or keep.");
        composer.Input(choice, $"type \"remove {number}\", \"mask {number}\", \"keep {number}\" or \"edit {number}: new text\"");
        composer.Element(new TextInput(EditInputId(index), $"New text for {number}, if you chose to replace it")
        {
            MaxLength = MaxReplacementLength,
            Value = chosen?.Replacement,
        });
    }

    private static string KeepLabel(bool linked, bool forCall) => (linked, forCall) switch
    {
        (true, _) => "Keep it",
        (false, true) => "Keep it (the call checklist may show it)",
        (false, false) => "Keep it (the e-mail must be encrypted)",
    };

    /// <summary>Returns the choice input value for <paramref name="decision"/>.</summary>
    public static string ChoiceValue(RedactionDecision decision) => decision switch
    {
        RedactionDecision.Mask => MaskChoice,
        RedactionDecision.Edit => EditChoice,
        RedactionDecision.Keep => CardChoices.Keep,
        _ => CardChoices.Remove,
    };

    private static List<(PiiReviewField Field, PiiFinding Finding, int Index)> Number(IReadOnlyList<PiiReviewField> fields) =>
        fields
            .SelectMany(field => field.Findings.OrderBy(finding => finding.Offset).Select(finding => (field, finding)))
            .Select((pair, index) => (pair.field, pair.finding, index))
            .ToList();

    private static string Count(int findings) =>
        findings == 1 ? "one piece of personal information" : $"{findings} pieces of personal information";
}
