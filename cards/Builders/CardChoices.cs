namespace HelpBot.Cards.Builders;

/// <summary>Values of the <c>choice</c> property and of choice inputs that are not content ids.</summary>
public static class CardChoices
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>Screenshots: the user will attach them.</summary>
    public const string WillUpload = "upload";

    /// <summary>Screenshots: there are none.</summary>
    public const string None = "none";

    /// <summary>PII review: remove this finding from the draft.</summary>
    public const string Remove = "remove";

    /// <summary>PII review: keep this finding and send the e-mail encrypted.</summary>
    public const string Keep = "keep";
}
