using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// A named regex and the score a match gets before context and validation. When the regex has a group
/// named <c>pii</c>, only that group is the finding; the rest of the match is a cue such as "DOB:".
/// </summary>
/// <param name="Name">Human-readable pattern name shown in explanations.</param>
/// <param name="Regex">The regex; it must have a match timeout.</param>
/// <param name="Score">Score from 0 to 1.</param>
public sealed record PiiPattern(string Name, Regex Regex, double Score)
{
    /// <summary>Name of the regex group that holds the value when the match also holds a cue.</summary>
    public const string ValueGroup = "pii";
}
