namespace HelpBot.Dialogs.FollowUp;

/// <summary>Why a typed value was rejected, and whether the card may show it again for correction.</summary>
/// <param name="Message">The reason in words for the user.</param>
/// <param name="ShowAgain">False when the value looked like personal data, which is never echoed back.</param>
/// <param name="Placeholder">
/// The placeholder for the kind of personal data the value looked like, such as <c>[SSN]</c>, which replaces the
/// value in the channel's stored copy of the message; null when the value was rejected for another reason.
/// </param>
internal sealed record ValueProblem(string Message, bool ShowAgain, string? Placeholder = null);
