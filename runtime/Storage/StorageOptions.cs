using System.ComponentModel.DataAnnotations;

namespace HelpBot.Runtime.Storage;

/// <summary>Where the bot keeps state. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// <see cref="StorageProviders.Sqlite"/> (the default) or <see cref="StorageProviders.Memory"/>,
    /// compared ignoring case. Memory state is lost when the process stops.
    /// </summary>
    [Required]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>
    /// Folder for the SQLite file and other local data. A relative path is resolved against the
    /// host's content root. Defaults to <c>App_Data</c>.
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>SQLite file name inside <see cref="DataDirectory"/>, without a folder. Defaults to <c>helpbot.db</c>.</summary>
    [Required]
    public string SqliteFileName { get; set; } = "helpbot.db";

    /// <summary>How long conversation state (which can hold report drafts) is kept after its last change. Defaults to one day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often expired conversation state is deleted. Defaults to one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How often the SQLite WAL is checkpointed and truncated, which removes the older copies of
    /// scrubbed and deleted values that the WAL still contains. Defaults to five minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns the full path of the SQLite file, resolving a relative <see cref="DataDirectory"/> against <paramref name="contentRoot"/>.</summary>
    public string ResolveSqlitePath(string contentRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentRoot);
        return Path.GetFullPath(Path.Combine(contentRoot, DataDirectory, SqliteFileName));
    }
}
