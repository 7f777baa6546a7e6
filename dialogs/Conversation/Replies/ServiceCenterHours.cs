using HelpBot.Domain.Content;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>The note that a call time falls outside the Service Center's phone hours.</summary>
internal static class ServiceCenterHours
{
    /// <summary>
    /// Returns the note when the Service Center's phone line is closed at <paramref name="calledAt"/>, or null.
    /// No representative answers then, so such a call time is likely a typing slip.
    /// </summary>
    public static string? ClosedNote(DeskAidContent content, DateTimeOffset calledAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        var phone = content.Contact(content.ServiceCenter.PhoneContactId);
        return phone.Schedule?.NextOpening(calledAt) is null
            ? null
            : $"The Service Center is closed at the time you gave for the call ({phone.Hours ?? "outside its hours"}), so please check it: the promised update date is counted from it.";
    }
}
