namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Input ids of the call-log card, also the keys of the <see cref="CallLogPrompt"/> result.</summary>
public static class CallLogFields
{
    public const string CalledAt = "calledAt";
    public const string Representative = "representative";
    public const string IncidentNumber = "incidentNumber";
    public const string TimeFrame = "timeFrame";

    /// <summary>Result key: the promised time frame in minutes, when one was given.</summary>
    public const string TimeFrameMinutes = "timeFrameMinutes";

    /// <summary>Result key: true when the user has not called yet.</summary>
    public const string Skipped = "skipped";
}
