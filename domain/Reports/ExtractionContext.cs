using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>What the extractor and field rules need besides the text: content, clock and time zone.</summary>
public sealed class ExtractionContext
{
    /// <summary>Time zone used when the user's is not known.</summary>
    public const string DefaultTimeZoneId = "America/Denver";

    /// <param name="content">Loaded desk-aid content.</param>
    /// <param name="timeProvider">Clock; defaults to <see cref="TimeProvider.System"/>.</param>
    /// <param name="timeZone">The user's time zone; defaults to America/Denver.</param>
    public ExtractionContext(DeskAidContent content, TimeProvider? timeProvider = null, TimeZoneInfo? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        TimeProvider = timeProvider ?? TimeProvider.System;
        TimeZone = timeZone ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
        Identifier = new SystemIdentifier(content);
    }

    public DeskAidContent Content { get; }

    public TimeProvider TimeProvider { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Identifier built over <see cref="Content"/>.</summary>
    public SystemIdentifier Identifier { get; }

    /// <summary>The current time in <see cref="TimeZone"/>.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(TimeProvider.GetUtcNow(), TimeZone);

    /// <summary>Returns the time zone with IANA or Windows id <paramref name="id"/>, or America/Denver when it is unknown or empty.</summary>
    public static TimeZoneInfo FindTimeZone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
    }
}
