namespace HelpBot.Dialogs.FollowUp;

/// <summary>Why a typed value was rejected, and whether the card may show it again for correction.</summary>
/// <param name="Message">The reason in words for the user.</param>
/// <param name="ShowAgain">False when the value looked like personal data, which is never echoed back.</param>
internal sealed record ValueProblem(string Message, bool ShowAgain);
