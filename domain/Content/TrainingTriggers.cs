namespace HelpBot.Domain.Content;

/// <summary>Rules in code that match a training topic besides its keywords (values of <see cref="TrainingTopic.Triggers"/>).</summary>
public static class TrainingTriggers
{
    /// <summary>The page's address is an old bookmark of the system.</summary>
    public const string OldBookmarkAddress = "old-bookmark-address";

    /// <summary>The message mentions an upload and a file larger than <see cref="TrainingTopic.MaxFileSizeMb"/>.</summary>
    public const string FileOverSizeLimit = "file-over-size-limit";

    /// <summary>The message mentions an upload and a file type not in <see cref="TrainingTopic.AcceptedFileTypes"/>.</summary>
    public const string FileTypeNotAccepted = "file-type-not-accepted";

    /// <summary>Every trigger, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = [OldBookmarkAddress, FileOverSizeLimit, FileTypeNotAccepted];
}
