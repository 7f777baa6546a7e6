using HelpBot.Privacy;

namespace HelpBot.Cards.Builders;

/// <summary>What the PII review card shows beside the findings.</summary>
public sealed record PiiReviewState
{
    /// <summary>True when the remote (Azure) check failed and the local check's findings are shown.</summary>
    public bool RemoteUnavailable { get; init; }

    /// <summary>
    /// True when the report goes by phone call (Connect for Health Colorado), not by e-mail. The data is then for
    /// the call only and is not written into a message, and "keep" means the call checklist may show it.
    /// </summary>
    public bool ForCall { get; init; }

    /// <summary>True when the report lists screenshots, so the card asks to erase personal information in them.</summary>
    public bool HasScreenshots { get; init; }

    /// <summary>Choices the user already made, by finding number from 0; the card shows them as chosen.</summary>
    public IReadOnlyDictionary<int, RedactionChoice> Choices { get; init; } = new Dictionary<int, RedactionChoice>();
}
