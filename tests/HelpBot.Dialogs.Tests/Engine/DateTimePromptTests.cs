using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Protocol.Models;
using HelpBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class DateTimePromptTests
{
    private static readonly DialogMessages Messages = new();

    [Fact]
    public async Task DateTimePrompt_ValidText_ConfirmsValue()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send("yesterday at 2pm")
            .AssertReply("Got it: Sunday, August 23, 2026 at 2:00 PM (America/Denver).")
            .AssertReply("Result: \"2026-08-23T14:00:00-06:00\"")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_FutureTime_RejectedWithCurrentTime()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send("today 3pm")
            .AssertReply("That time is in the future (it is now Monday, August 24, 2026 at 10:30 AM (America/Denver)). Please enter when it happened.")
            .AssertReply("When did it happen?")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_DateOnlyToday_AcceptedAsNotInFuture()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send("8/24")
            .AssertReply("Got it: Monday, August 24, 2026.")
            .AssertReplyContains("2026-08-24T00:00:00-06:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_Unreadable_ShowsExamplesAndAsksAgain()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send("a while ago")
            .AssertReply(Messages.DateTimeNotRecognized)
            .AssertReply("When did it happen?")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_ActivityTimeZone_OverridesDefault()
    {
        var flow = CreateFlow();
        flow.Adapter.LocalTimezone = "America/New_York";

        await flow
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send("today 7:15am")
            .AssertReply("Got it: Monday, August 24, 2026 at 7:15 AM (America/New_York).")
            .AssertReply("Result: \"2026-08-24T07:15:00-04:00\"")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_UnknownActivityTimeZone_FallsBackToDenver()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send(new Activity { Type = ActivityTypes.Message, Text = "this morning", LocalTimezone = "Mars/Olympus_Mons" })
            .AssertReplyContains("(America/Denver)")
            .AssertReply("Result: \"2026-08-24T09:00:00-06:00\"")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_Validator_RejectsWithItsMessage()
    {
        var time = CreateTimeProvider();
        var options = new DateTimePromptOptions { Prompt = PromptActivities.Text("When did it happen?") };
        await EngineTestBot.CreateSinglePromptFlow(() => new DateTimePrompt(EngineTestBot.PromptId, time, RejectWeekends), options)
            .Send("hi")
            .AssertReply("When did it happen?")
            .Send("saturday 10am")
            .AssertReply("The help desk is closed on weekends; pick a weekday.")
            .AssertReply("When did it happen?")
            .StartTestAsync();
    }

    private static TestFlow CreateFlow()
    {
        var time = CreateTimeProvider();
        var options = new DateTimePromptOptions { Prompt = PromptActivities.Text("When did it happen?"), NotInFuture = true };
        return EngineTestBot.CreateSinglePromptFlow(() => new DateTimePrompt(EngineTestBot.PromptId, time), options);
    }

    /// <summary>Monday, August 24, 2026, 10:30 AM in Denver.</summary>
    private static FakeTimeProvider CreateTimeProvider() => new(new DateTimeOffset(2026, 8, 24, 16, 30, 0, TimeSpan.Zero));

    private static Task<bool> RejectWeekends(PromptValidatorContext<DateTimeOffset> context, CancellationToken cancellationToken)
    {
        if (context.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            context.ErrorMessage = "The help desk is closed on weekends; pick a weekday.";
            return Task.FromResult(false);
        }

        return Task.FromResult(true);
    }
}
