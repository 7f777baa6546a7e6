using System.Globalization;
using System.Text.Json.Nodes;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a date and time and returns a JSON <see cref="DateTimeOffset"/> with the user's UTC
/// offset. Text is read by <see cref="DateTimeTextParser"/> in the user's time zone: the activity's
/// <c>localTimezone</c> when it names a known IANA zone, else <see cref="DateTimePromptOptions.TimeZone"/>,
/// else <see cref="DialogEngineOptions.DefaultTimeZone"/>. "Now" comes from the
/// <see cref="TimeProvider"/>, so tests can fix it. On success it says what it understood, unless
/// <see cref="DateTimePromptOptions.ConfirmUnderstood"/> is off.
/// </summary>
public sealed class DateTimePrompt : Prompt<DateTimeOffset, DateTimePromptOptions>
{
    private readonly TimeProvider _timeProvider;

    public DateTimePrompt(string id, TimeProvider? timeProvider = null, PromptValidator<DateTimeOffset>? validator = null)
        : base(id, validator)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Returns the zone for this turn, as described on the class.</summary>
    public static TimeZoneInfo ResolveTimeZone(string? activityZone, string? optionsZone, string defaultZone)
    {
        foreach (var id in new[] { activityZone, optionsZone, defaultZone })
        {
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }

    /// <summary>Formats a resolved value for people, such as "Saturday, August 22, 2026 at 3:15 PM (America/Denver)".</summary>
    public static string Describe(DateTimeResolution resolution, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(zone);
        var culture = CultureInfo.GetCultureInfo("en-US");
        var text = resolution.Value.ToString("dddd, MMMM d, yyyy", culture);
        return resolution.HasTime
            ? $"{text} at {resolution.Value.ToString("h:mm tt", culture)} ({zone.Id})"
            : text;
    }

    protected override Task<PromptRecognizerResult<DateTimeOffset>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, DateTimePromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var messages = dc.Options.Messages;
        var zone = ResolveTimeZone(dc.Turn.Activity.LocalTimezone, options.TimeZone, dc.Options.DefaultTimeZone);
        var now = TimeZoneInfo.ConvertTime(_timeProvider.GetUtcNow(), zone);

        var resolution = DateTimeTextParser.Parse(dc.Turn.Activity.Text, now, zone, options.AssumePast);
        if (resolution is null)
        {
            return Task.FromResult(PromptRecognition.Failure<DateTimeOffset>(messages.DateTimeNotRecognized));
        }

        if (options.NotInFuture && IsInFuture(resolution, now))
        {
            var nowText = Describe(new DateTimeResolution(now, true), zone);
            return Task.FromResult(PromptRecognition.Failure<DateTimeOffset>(Format(messages.DateTimeInFuture, nowText)));
        }

        return Task.FromResult(PromptRecognition.Success(resolution.Value));
    }

    protected override async Task OnAcceptedAsync(DialogContext dc, DialogInstance instance, DateTimePromptOptions options, DateTimeOffset value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.ConfirmUnderstood)
        {
            return;
        }

        var zone = ResolveTimeZone(dc.Turn.Activity.LocalTimezone, options.TimeZone, dc.Options.DefaultTimeZone);
        var now = _timeProvider.GetUtcNow();
        var resolution = DateTimeTextParser.Parse(dc.Turn.Activity.Text, now, zone, options.AssumePast) ?? new DateTimeResolution(value, true);
        await dc.Turn.SendTextAsync(Format(dc.Options.Messages.DateTimeUnderstood, Describe(resolution, zone)), cancellationToken);
    }

    protected override JsonNode? ToResult(DateTimeOffset value) => JsonValue.Create(value);

    /// <summary>A date without a time is in the future only from tomorrow on.</summary>
    private static bool IsInFuture(DateTimeResolution resolution, DateTimeOffset now) =>
        resolution.HasTime ? resolution.Value > now : resolution.Value.Date > now.Date;
}
