namespace HelpBot.Domain.Tickets;

/// <summary>A supervisor's note on a ticket.</summary>
/// <param name="AuthorId">Channel user id of the supervisor.</param>
/// <param name="At">When the note was added.</param>
/// <param name="Text">The note with every personal-data finding replaced by its placeholder.</param>
public sealed record TicketNote(string AuthorId, DateTimeOffset At, string Text);
