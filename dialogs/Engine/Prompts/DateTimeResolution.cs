namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>A date and time read from text, in the user's time zone.</summary>
/// <param name="Value">The moment, with the zone's UTC offset on that date.</param>
/// <param name="HasTime">False when only a date was given; <paramref name="Value"/> is then local midnight.</param>
public sealed record DateTimeResolution(DateTimeOffset Value, bool HasTime);
