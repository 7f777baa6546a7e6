using System.Text.Json;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Infrastructure;
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
/// The stored copy of an activity redacts identifiers inside encoded text too: percent-encoded links
/// (the draft's mail link), <c>+</c> for a space in a query, and JSON-escaped strings. A stored link
/// still opens, with placeholders in place of the values. Every value is fake.
/// </summary>
public sealed class DirectLineEncodedTextTests
{
    private const string Description = "Upload fails for the client Dana Testperson, SSN 219-09-9999, DOB 02/03/1900.";
    private static readonly string[] Values = ["219-09-9999", "02/03/1900", "02%2F03%2F1900", "Dana", "Testperson"];

    [Fact]
    public async Task DraftCard_KeptValues_RedactedInMailLink()
    {
        var activity = CreateDraftActivity();
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();

        var (copy, _) = redactor.CreateStoredCopy(activity);
        var stored = JsonSerializer.Serialize(copy, ProtocolJsonContext.Default.Activity);

        foreach (var value in Values)
        {
            Assert.False(stored.Contains(value, StringComparison.Ordinal), $"The stored draft card contains {value}.");
        }

        Assert.Contains("Open in your mail app: mailto:", copy.Text, StringComparison.Ordinal);
        Assert.Contains("SSN%20%5BSSN%5D", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftCard_StoredMailLink_DecodesToPlaceholders()
    {
        var activity = CreateDraftActivity();
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();

        var (copy, _) = redactor.CreateStoredCopy(activity);
        var link = FindMailLink(copy.Attachments![0].Content!.Value);
        var body = Uri.UnescapeDataString(link[(link.IndexOf("&body=", StringComparison.Ordinal) + "&body=".Length)..]);

        Assert.StartsWith("mailto:CBMS.help@state.co.us?subject=", link, StringComparison.Ordinal);
        Assert.Contains("[NAME], SSN [SSN], DOB [DOB]", body, StringComparison.Ordinal);
        Assert.DoesNotContain("219-09-9999", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Open: https://help.example.org/find?q=SSN+219-09-9999&page=2", "Open: https://help.example.org/find?q=SSN+%5BSSN%5D&page=2")]
    [InlineData("Open: https://help.example.org/find?q=call%20303-555-0147", "Open: https://help.example.org/find?q=call%20%5BPHONE%5D")]
    [InlineData("see mailto:CBMS.help@state.co.us?body=SSN%20219-09-9999 now", "see mailto:CBMS.help@state.co.us?body=SSN%20%5BSSN%5D now")]
    [InlineData("Write to [the help desk](mailto:CBMS.help@state.co.us?subject=SSN%20219-09-9999).", "Write to [the help desk](mailto:CBMS.help@state.co.us?subject=SSN%20%5BSSN%5D).")]
    [InlineData("https://help.example.org/find?q=upload%20fails", "https://help.example.org/find?q=upload%20fails")]
    [InlineData("SSN 219-09-9999", "SSN [SSN]")]
    public async Task CreateStoredCopy_EncodedText_Redacted(string text, string expected)
    {
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();

        var (copy, _) = redactor.CreateStoredCopy(new Activity { Type = ActivityTypes.Message, Text = text, Summary = text });

        Assert.Equal(expected, copy.Text);
        Assert.Equal(expected, copy.Summary);
    }

    [Fact]
    public async Task CreateStoredCopy_JsonEscapedString_Redacted()
    {
        const string Escaped = """{"note":"SSN \u0032\u0031\u0039-09-9999 and a\ttab"}""";
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();
        var activity = new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse(Escaped).RootElement };

        var (copy, _) = redactor.CreateStoredCopy(activity);

        Assert.Equal("SSN [SSN] and a\ttab", copy.Value!.Value.GetProperty("note").GetString());
    }

    private static Activity CreateDraftActivity()
    {
        var content = DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath);
        var report = new IssueReport { System = SupportSystems.Peak, Description = Description };
        var draft = EmailDraftComposer.Compose(report, content, new DraftPrivacy(true, ["SSN", "Date of birth", "Name"]));
        var link = MailtoLink.Create(draft);
        Assert.NotNull(link);
        Assert.Contains("SSN%20219-09-9999", link, StringComparison.Ordinal);
        return DraftCards.Create(draft, [], link, new Uri("http://127.0.0.1:3978/drafts/d1.eml"), "HB-00000001");
    }

    private static string FindMailLink(JsonElement card)
    {
        foreach (var action in card.GetProperty("actions").EnumerateArray())
        {
            if (action.TryGetProperty("url", out var url) && url.GetString() is { } link && link.StartsWith("mailto:", StringComparison.Ordinal))
            {
                return link;
            }
        }

        throw new InvalidOperationException("The draft card has no mail link.");
    }
}
