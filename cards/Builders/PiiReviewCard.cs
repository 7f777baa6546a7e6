using HelpBot.Cards.Model;
using HelpBot.Domain.Content;
using HelpBot.Privacy;

namespace HelpBot.Cards.Builders;

/// <summary>
/// Lists the personal data found in the report, never showing a value in full, and asks what
/// to do: remove it, let the user edit the text, or keep it and send the e-mail encrypted.
/// </summary>
public static class PiiReviewCard
{
    /// <summary>Prefix of the per-finding choice inputs: <c>finding-0</c>, <c>finding-1</c>, and so on.</summary>
    public const string FindingInputPrefix = "finding-";

    /// <summary>Findings listed one by one; the rest are summarized and removed unless the user keeps all.</summary>
    public const int MaxListedFindings = 20;

    private const int ExpandedChoicesUpTo = 5;

    /// <summary>
    /// Builds the review. Findings are numbered across <paramref name="fields"/> in order, field by
    /// field and by offset; <c>finding-N</c> is the N-th, counted from 0.
    /// </summary>
    public static StepCard Build(string promptId, IReadOnlyList<PiiReviewField> fields, DeskAidContent content)
    {
        var findings = Number(fields);
        var composer = new CardComposer(promptId)
            .Heading("Personal information found")
            .Trusted($"The report contains {Count(findings.Count)} that should not go in a plain e-mail. "
                + "Only the help desk's encrypted mail may carry it.");

        foreach (var (field, finding, index) in findings.Take(MaxListedFindings))
        {
            AddFinding(composer, field, finding, index, findings.Count);
        }

        if (findings.Count > MaxListedFindings)
        {
            composer.Warning($"{findings.Count - MaxListedFindings} more are not listed here. "
                + "They will be removed unless you choose to keep everything.");
        }

        composer
            .Buttons(
                composer.SubmitWithoutInputs("Remove all automatically", CardActionNames.RemoveAll),
                composer.Submit("Use my choices above", CardActionNames.ApplyChoices),
                composer.SubmitWithoutInputs("I will edit the text myself", CardActionNames.EditText),
                composer.SubmitWithoutInputs("Keep all and send encrypted", CardActionNames.KeepAllEncrypted))
            .SectionTitle("Screenshots")
            .Trusted("Check your screenshots too: personal information in them must be erased before you attach them.")
            .TrustedBullets(content.PeakReport.ScreenshotPiiOptions.Select(option => option.Text));
        return composer.Navigation(Navigation.Standard).Build();
    }

    private static void AddFinding(CardComposer composer, PiiReviewField field, PiiFinding finding, int index, int total)
    {
        var description = FindingPreview.Describe(finding, field.Text);
        var context = FindingPreview.Context(finding, field.Text, field.Findings);
        composer
            .SectionTitle($"{index + 1}. {description} in {field.Heading}")
            .User(context, 200);
        if (finding.Category == PiiCategories.Password)
        {
            composer.TrustedNote("Passwords are always removed; the help desk never needs one.");
            return;
        }

        var choice = new ChoiceSetInput(FindingInputPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture), $"What to do with {description}")
        {
            Style = total <= ExpandedChoicesUpTo ? ChoiceInputStyles.Expanded : ChoiceInputStyles.Compact,
            Value = CardChoices.Remove,
        }
            .WithChoice("Remove it", CardChoices.Remove)
            .WithChoice("Keep it (the e-mail must be encrypted)", CardChoices.Keep)
            .Required("Choose remove or keep.");
        composer.Input(choice, $"type \"remove {index + 1}\" or \"keep {index + 1}\"");
    }

    private static List<(PiiReviewField Field, PiiFinding Finding, int Index)> Number(IReadOnlyList<PiiReviewField> fields) =>
        fields
            .SelectMany(field => field.Findings.OrderBy(finding => finding.Offset).Select(finding => (field, finding)))
            .Select((pair, index) => (pair.field, pair.finding, index))
            .ToList();

    private static string Count(int findings) =>
        findings == 1 ? "one piece of personal information" : $"{findings} pieces of personal information";
}
