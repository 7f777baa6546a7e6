using System.Text.Json;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Domain.Content;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// The stored copy of a long activity, such as a draft of about 20,000 characters, has every identifier
/// replaced, wherever it sits in the text. Every value is fake.
/// </summary>
public sealed class DirectLineLongTextTests : IDisposable
{
    private const string Phone = "303-555-0100";

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task LongDraft_KeptPhone_NotStored()
    {
        var sentence = "Clicking Submit on the renewal page shows an unexpected error and the page reloads empty. ";
        var description = string.Concat(Enumerable.Repeat(sentence, 3980 / sentence.Length)) + $"The client asked us to call back at {Phone}.";
        var filler = string.Concat(Enumerable.Repeat(sentence, 3980 / sentence.Length));
        await using (var factory = HelpBotFactory.ForSqliteConversation(_data.Path))
        {
            var client = factory.CreateDirectLineClient();
            var conversation = await client.StartNewConversationAsync();
            var id = conversation.ConversationId!;
            var token = conversation.Token!;
            var step = 0;
            foreach (var answer in new[] { "hi", "no", "CBO staff", description, "still broken, tried all three", "https://peak.my.site.com/peak/s/benefit-information", "no" })
            {
                await client.PostMessageAsync(id, token, answer, $"c{++step}");
            }

            for (var turn = 0; turn < 14; turn++)
            {
                var question = await DirectLineTranscripts.ReadLastQuestionAsync(client, id, token);
                var answer = (DirectLineTranscripts.ReadMarker(question, "prompt"), DirectLineTranscripts.ReadMarker(question, "field")) switch
                {
                    ("piiReview", _) => "keep all and send encrypted",
                    (_, "username") => "cbo.navigator01",
                    (_, "page") => "Income page. " + filler,
                    (_, "when") => "yesterday 2:15 pm",
                    (_, "stepsTried") => filler,
                    (_, "impact") => filler,
                    (_, "caseNumber") => "1B00000",
                    (_, "screenshot") => string.Join("\n", Enumerable.Range(1, 140).Select(n => $"renewal-error-screen-{n}.png")),
                    (_, "description") => "keep",
                    _ => null,
                };
                if (answer is null)
                {
                    break;
                }

                await client.PostMessageAsync(id, token, answer, $"a{turn}");
            }

            var activities = await DirectLineTranscripts.ReadAllAsync(client, id, token);
            var draft = Assert.Single(activities, activity => DirectLineTranscripts.ReadMarker(activity, "step") == "draft");
            // Direct Line moves the text of a message with a card into its summary.
            Assert.True(draft.Summary?.Length > 20_000, $"The draft has {draft.Summary?.Length} characters.");
        }

        await using var restarted = HelpBotFactory.ForSqliteConversation(_data.Path);
        var rows = await ReadTranscriptAsync(restarted);
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, row => row.Contains(Phone, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(2500)]
    [InlineData(3990)]
    public async Task DraftCard_LongDraft_PhoneRedacted(int fieldLength)
    {
        var activity = CreateLongDraftActivity(Phone, fieldLength);
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();

        var (copy, _) = redactor.CreateStoredCopy(activity);
        var stored = JsonSerializer.Serialize(copy, ProtocolJsonContext.Default.Activity);

        Assert.True(activity.Text!.Length > fieldLength * 3, $"The draft text has {activity.Text.Length} characters.");
        Assert.DoesNotContain(Phone, copy.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, stored, StringComparison.Ordinal);
        Assert.Contains("PEAK user name:\n[PHONE]", copy.Text, StringComparison.Ordinal);
    }

    private static Activity CreateLongDraftActivity(string username, int fieldLength)
    {
        var content = DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath);
        var sentence = "Clicking Submit on the renewal page shows an unexpected error and the page reloads empty. ";
        var longText = string.Concat(Enumerable.Repeat(sentence, fieldLength / sentence.Length));
        var report = new IssueReport
        {
            System = SupportSystems.Peak,
            Description = longText,
            ErrorMessage = longText,
            Impact = longText,
            StepsTried = [longText, longText],
            Browser = "Chrome 126",
            Os = "Windows 11",
            Username = username,
            Page = "Income, Jobs section. " + longText,
        };
        var draft = EmailDraftComposer.Compose(report, content, new DraftPrivacy(false, []));
        var link = MailtoLink.Create(draft);
        return DraftCards.Create(draft, [], link, new Uri("http://127.0.0.1:3978/drafts/d1.eml"), "HB-00000001");
    }

    // Reads every stored activity of the Direct Line transcript as JSON. Starting the host opens the database
    // as a restarted bot does.
    private Task<List<string>> ReadTranscriptAsync(HelpBotFactory factory)
    {
        _ = factory.Services;
        return StoredRows.ReadActivitiesAsync(_data.Path);
    }
}
