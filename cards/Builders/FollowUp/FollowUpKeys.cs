namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>Property names in the submits of follow-up cards, beside <c>action</c>.</summary>
public static class FollowUpKeys
{
    public const string TicketId = "ticketId";
    public const string Status = "status";
    public const string IncidentNumber = "incidentNumber";
    public const string Note = "note";
    public const string UserId = "userId";
    public const string PeriodDays = "periodDays";
}
