namespace HelpBot.Privacy;

/// <summary>The tier of each category, for findings that do not come from a local recognizer (Azure, corpora).</summary>
public static class PiiCategoryTiers
{
    private static readonly HashSet<string> LinkedDetails = new(StringComparer.Ordinal)
    {
        PiiCategories.Age,
        PiiCategories.ImmigrationStatus,
        PiiCategories.HouseholdIncome,
        PiiCategories.EligibilityStatus,
        PiiCategories.LanguagePreference,
        PiiCategories.TobaccoUse,
        PiiCategories.TaxReturn,
        PiiCategories.Location,
        PiiCategories.Nationality,
        PiiCategories.Organization,
        PiiCategories.DateTime,
    };

    /// <summary>
    /// Returns <see cref="PiiTier.LinkedDetail"/> for age, immigration status, income, eligibility status,
    /// language preference, tobacco use, tax returns, places, nationalities, organizations and dates, and <see cref="PiiTier.Identifier"/> for every other
    /// category, including unknown ones (fail closed).
    /// </summary>
    public static PiiTier For(string category) =>
        LinkedDetails.Contains(category) ? PiiTier.LinkedDetail : PiiTier.Identifier;
}
