namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Input ids of the call-log card, also the keys of the <see cref="CallLogPrompt"/> result.</summary>
public static class CallLogFields
{
    public const string CalledAt = "calledAt";
    public const string Representative = "representative";
    public const string IncidentNumber = "incidentNumber";
    public const string TimeFrame = "timeFrame";

    /// <summary>Date and time of the PEAK help desk's reply; read from details added to a ticket, never asked at the call log.</summary>
    public const string RepliedAt = "repliedAt";

    /// <summary>Result key: the amount of the promised time frame (<see cref="Domain.Tickets.TimeFrame.Amount"/>), when one was given.</summary>
    public const string TimeFrameAmount = "timeFrameAmount";

    /// <summary>Result key: the unit of the promised time frame, one of <see cref="Domain.Tickets.TimeFrameUnits"/>, when one was given.</summary>
    public const string TimeFrameUnit = "timeFrameUnit";

    /// <summary>Result key: true when the user has not called yet.</summary>
    public const string Skipped = "skipped";
}
