namespace HelpBot.Cards.Builders.Tickets;

/// <summary>Call details as the user typed them, shown again in the ticket card's boxes after a rejection.</summary>
/// <param name="CalledAt">The call's date and time, such as "today 2:30 pm".</param>
/// <param name="IncidentNumber">The incident number.</param>
/// <param name="TimeFrame">The promised time frame, such as "3 business days".</param>
/// <param name="RepliedAt">The PEAK help desk reply's date and time, such as "today 2:30 pm".</param>
public sealed record CallDetailsDraft(string? CalledAt, string? IncidentNumber, string? TimeFrame, string? RepliedAt = null);
