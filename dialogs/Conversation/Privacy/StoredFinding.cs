using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>A finding as the review keeps it in dialog state: where it is and what it is, never its text.</summary>
public sealed record StoredFinding(string Category, PiiTier Tier, int Offset, int Length, double Score)
{
    private static readonly PiiExplanation Stored = new("Stored", "Stored", 0, 0, []);

    /// <summary>Returns the stored form of <paramref name="finding"/>.</summary>
    public static StoredFinding From(PiiFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Category, finding.Tier, finding.Offset, finding.Length, finding.Score);
    }

    /// <summary>Returns a finding for the redactor and the card; its explanation only says it was stored.</summary>
    public PiiFinding ToFinding() => new(Category, Tier, Offset, Length, Score, Stored with { OriginalScore = Score, Score = Score });
}
