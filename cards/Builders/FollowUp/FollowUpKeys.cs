namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>Property names in the submits of follow-up cards, beside <c>action</c>.</summary>
public static class FollowUpKeys
{
    public const string TicketId = "ticketId";
    public const string Status = "status";
    public const string IncidentNumber = "incidentNumber";

    /// <summary>Date and time of the call to the Service Center, as typed, such as "today 2:30 pm".</summary>
    public const string CalledAt = "calledAt";

    /// <summary>Date and time of the PEAK help desk's reply, as typed, such as "today 2:30 pm".</summary>
    public const string RepliedAt = "repliedAt";

    /// <summary>The time frame the representative or the help desk's reply promised, as typed, such as "3 business days" or "none".</summary>
    public const string TimeFrame = "timeFrame";
    public const string Note = "note";
    public const string UserId = "userId";
    public const string PeriodDays = "periodDays";
}
