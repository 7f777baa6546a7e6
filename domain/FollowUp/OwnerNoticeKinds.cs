namespace HelpBot.Domain.FollowUp;

/// <summary>What a supervisor did that the owner of a ticket is told about.</summary>
public static class OwnerNoticeKinds
{
    public const string Acknowledged = "acknowledged";
    public const string TookOver = "tookOver";
    public const string NoteAdded = "noteAdded";

    /// <summary>A supervisor recorded a status or an incident number on the owner's ticket.</summary>
    public const string Updated = "updated";
}
