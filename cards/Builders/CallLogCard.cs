using System.Globalization;
using HelpBot.Cards.Model;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders;

/// <summary>Records the Service Center call: when, with whom, the incident number and the promised time frame.</summary>
public static class CallLogCard
{
    public const string CallDateInputId = "callDate";
    public const string CallTimeInputId = "callTime";
    public const string RepresentativeInputId = "representativeName";
    public const string IncidentNumberInputId = "incidentNumber";

    /// <summary>Input id of the time frame, submitted as a whole number of days or <see cref="CardChoices.None"/>.</summary>
    public const string TimeFrameInputId = "timeFrameDays";

    private static readonly (string Title, string Days)[] TimeFrames =
    [
        ("1 day", "1"), ("2 days", "2"), ("3 days", "3"), ("5 days", "5"),
        ("1 week", "7"), ("10 days", "10"), ("2 weeks", "14"), ("30 days", "30"),
    ];

    /// <summary>
    /// Builds the form. <paramref name="calledAt"/> prefills the date and time (in the user's
    /// time zone, named by <paramref name="timeZoneName"/>); <paramref name="existing"/> prefills
    /// everything from an earlier answer.
    /// </summary>
    public static StepCard Build(string promptId, string timeZoneName, DateTimeOffset? calledAt = null, CallLog? existing = null)
    {
        var when = existing?.CalledAt ?? calledAt;
        var composer = new CardComposer(promptId)
            .Heading("Log the call")
            .Trusted("I keep the date, the incident number and the time frame, so I can remind you to follow up.")
            .Input(
                new DateInput(CallDateInputId, "Date of the call")
                {
                    Value = when?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IsRequired = true,
                    ErrorMessage = "Enter the date of the call.",
                },
                "such as today or 2026-03-14")
            .Input(
                new TimeInput(CallTimeInputId, $"Time of the call, in {timeZoneName}")
                {
                    Value = when?.ToString("HH:mm", CultureInfo.InvariantCulture),
                    IsRequired = true,
                    ErrorMessage = "Enter the time of the call.",
                },
                "such as 10:15 am")
            .Input(
                new TextInput(RepresentativeInputId, "Representative's first name")
                {
                    MaxLength = 60,
                    Value = existing?.RepresentativeFirstName,
                },
                "optional")
            .TrustedNote("Only for this conversation, so you can name them if you escalate; the ticket does not keep it.")
            .Input(
                new TextInput(IncidentNumberInputId, "Ticket incident number")
                {
                    MaxLength = 40,
                    Value = existing?.IncidentNumber,
                },
                "as the representative gave it, or \"none\"")
            .Input(TimeFrameInput(existing), "such as 3 days, 2 weeks or none");

        return composer
            .Buttons(composer.Submit("Save", CardActionNames.SubmitCallLog))
            .Navigation(Navigation.Standard)
            .Build();
    }

    private static ChoiceSetInput TimeFrameInput(CallLog? existing)
    {
        var input = new ChoiceSetInput(TimeFrameInputId, "Time frame promised for an update")
        {
            Style = ChoiceInputStyles.Compact,
            Value = existing is null ? null : PrefillDays(existing.PromisedTimeFrame),
        };
        foreach (var (title, days) in TimeFrames)
        {
            input.WithChoice(title, days);
        }

        return input.WithChoice("None was given", CardChoices.None);
    }

    // Only calendar days and weeks match a choice; hours and business days leave the choice empty.
    private static string? PrefillDays(TimeFrame? timeFrame)
    {
        if (timeFrame is null)
        {
            return CardChoices.None;
        }

        int? days = timeFrame.Unit switch
        {
            TimeFrameUnits.Days => timeFrame.Amount,
            TimeFrameUnits.Weeks => 7 * timeFrame.Amount,
            _ => null,
        };
        var value = days?.ToString(CultureInfo.InvariantCulture);
        return TimeFrames.Any(frame => frame.Days == value) ? value : null;
    }
}
