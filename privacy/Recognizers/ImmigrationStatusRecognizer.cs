using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds statements of citizenship or immigration status (green card holder, refugee, DACA).</summary>
public sealed partial class ImmigrationStatusRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Immigration status term", StatusRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("undocumented", "green", "lawful", "permanent", "refugee", "asylee", "asylum", "visa", "citizen", "noncitizen", "naturalized", "immigration", "qualified", "parolee", "DACA", "TPS", "LPR") }];

    /// <summary>Creates the recognizer.</summary>
    public ImmigrationStatusRecognizer()
        : base(PiiCategories.ImmigrationStatus, PiiTier.LinkedDetail, Patterns)
    {
    }

    // Accepts status terms: undocumented, green card (holder), lawful(ly) permanent resident or
    // present, refugee, asylee, asylum, visa holder, non-citizen, not a (U.S.) citizen, naturalized,
    // citizenship or immigration status, qualified non-citizen, parolee (any case); DACA, TPS, LPR
    // only in capitals. A term that names a part of the application ("the non-citizen section") is not a
    // person's status.
    [GeneratedRegex(@"(?i:\b(?:undocumented|green\s+card(?:\s+holder)?|lawful(?:ly)?\s+(?:permanent\s+resident|present|presence)|permanent\s+resident|refugee|asylee|asylum(?:\s+seeker)?|visa\s+holder|non-?citizen|not\s+a\s+(?:u\.?s\.?\s+)?citizen|naturalized(?:\s+citizen)?|citizenship\s+status|immigration\s+status|qualified\s+(?:non-?citizen|alien)|parolee)\b(?!\s+(?:section|sections|question|questions|page|screen|field|box|tab|info|information)\b))|\b(?:DACA|TPS|LPR)\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex StatusRegex();
}
