using System.Text.RegularExpressions;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Systems;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>Files uploaded at the questions of a report: kept for the draft and the checklist, and attached to the .eml.</summary>
public sealed partial class UploadFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string ConnectDescription =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 2pm. Tried Chrome and Edge.";

    private const string FileUrlPrefix = "http://127.0.0.1:3978/v3/directline/conversations/test-conversation/attachments/";

    [Fact]
    public async Task TipsQuestion_FileOnly_KeptAndAskedAgain()
    {
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send(Upload("renewal-error.png"))
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal("I kept renewal-error.png for the report.", reply.Text))
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/benefit-information").AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("Screenshots:\nAttached: renewal-error.png\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TipsQuestion_FileWithText_AnswersQuestion()
    {
        var upload = Upload("renewal-error.png");
        upload.Text = "still broken, tried all three";

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send(upload)
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal("I kept renewal-error.png for the report.", reply.Text))
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Fact]
    public async Task PeakQuestions_EachUpload_ListedInDraft()
    {
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .UploadThenAnswer(ConversationPrompts.Tips, null, "tips.png", "still broken, tried all three")
            .UploadThenAnswer(ConversationPrompts.PageAddress, null, "address.png", "https://peak.my.site.com/peak/s/benefit-information")
            .UploadThenAnswer(ConversationPrompts.Urgent, null, "urgent.png", "no")
            .UploadThenAnswer(ConversationPrompts.Field, "username", "username.png", "cbo.navigator01")
            .UploadThenAnswer(ConversationPrompts.Field, "page", "page.png", "keep")
            .UploadThenAnswer(ConversationPrompts.Field, "when", "when.png", "03/10/2026 9:15 am")
            .UploadThenAnswer(ConversationPrompts.Field, "impact", "impact.png", "The client could not submit")
            .UploadThenAnswer(ConversationPrompts.Field, "caseNumber", "case.png", "1B00000")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains(
            "Attached: tips.png, address.png, urgent.png, username.png, page.png, when.png, impact.png, case.png\n",
            draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageQuestion_Upload_SkipsScreenshotQuestion()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips).Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress).Send("https://peak.my.site.com/peak/s/benefit-information")
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page")
            .Send(Upload("renewal-error.png", "https://files.example.org/renewal-error.png"))
            .AssertSays(ConversationSteps.UploadReceived)
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();
    }

    [Fact]
    public async Task FieldQuestion_UploadWithName_ReplyShowsPlaceholder()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send(Upload("confirmation Dana Testperson.png", "https://files.example.org/confirmation.png"))
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal("I kept confirmation [NAME].png for the report.", reply.Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task DescribeQuestion_UploadWithDescription_KeptInReport()
    {
        var upload = Upload("renewal-error.png");
        upload.Text = PeakDescription;
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send("report").AssertAsks(ConversationPrompts.Describe)
            .Send(upload)
            .AssertSays(ConversationSteps.UploadReceived)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/benefit-information").AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("Attached: renewal-error.png\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectQuestions_EachUpload_ListedInChecklist()
    {
        string? checklist = null;
        string? card = null;

        await ConversationFlow.Create().Onboard()
            .Send(ConnectDescription)
            .UploadThenAnswer(ConversationPrompts.Tips, null, "tips.png", "still broken")
            .UploadThenAnswer(ConversationPrompts.Field, "os", "os.png", "Windows 11")
            .UploadThenAnswer(ConversationPrompts.Field, "impact", "impact.png", "The client could not enroll")
            .AssertSays(ConversationSteps.Checklist, reply =>
            {
                checklist = reply.Text;
                card = reply.Attachments!.Single().Content!.Value.GetRawText();
            })
            .AssertAsks(ConversationPrompts.LogCall)
            .Send(Upload("late.png"))
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal(UnaskedUploads.NotKeptAfterChecklist("late.png"), reply.Text))
            .AssertAsks(ConversationPrompts.LogCall)
            .StartTestAsync();

        Assert.Contains("Screenshots for the call: tips.png, os.png, impact.png.", checklist, StringComparison.Ordinal);
        Assert.Contains("Screenshots for the call: tips.png, os.png, impact.png.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyReview_Upload_NotKept()
    {
        const string WithSsn = ConnectDescription + " The client's SSN is 219-09-9999.";

        await ConversationFlow.Create().Onboard()
            .Send(WithSsn).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.Field, "os").Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not enroll")
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send(Upload("late.png"))
            .AssertSays(ConversationSteps.UploadReceived, reply =>
            {
                Assert.Equal(UnaskedUploads.NotKeptAfterReview("late.png", SupportSystems.ConnectForHealth), reply.Text);
                Assert.Contains("Service Center call", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("mail app", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("remove")
            .AssertSays(ConversationSteps.Checklist, reply => Assert.DoesNotContain("late.png", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Menu_Upload_SaysNotKept()
    {
        await ConversationFlow.Create().Onboard()
            .Send(Upload("error.png"))
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal(UnaskedUploads.NotKeptOutsideReport("error.png"), reply.Text))
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task TipsQuestion_TeamsHtmlCopy_IsNoFile()
    {
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "still broken, tried all three",
            Attachments = [new Attachment { ContentType = "text/html", Content = System.Text.Json.JsonSerializer.SerializeToElement("<p>still broken, tried all three</p>") }],
        };

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send(message)
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Fact]
    public async Task Eml_UploadWithBytes_IsAttached()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(ConversationHarness.Start);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var files = new FakeUploadedFileReader { [FileUrlPrefix + "a1"] = new UploadedFileContent("image/png", png) };
        string? draft = null;

        await ConversationFlow.Create(storage, time, uploadedFiles: files).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send(Upload("renewal-error.png", FileUrlPrefix + "a1")).AssertAsks(ConversationPrompts.Tips)
            .Send(Upload("expired.png", FileUrlPrefix + "a2")).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/benefit-information").AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        var message = await LoadDraftAsync(storage, time, draft!);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("renewal-error.png", attachment.FileName);
        Assert.Equal("image/png", attachment.ContentType.MimeType);
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        Assert.Equal(png, bytes.ToArray());
        Assert.Contains("Attached: renewal-error.png, expired.png\n" + EmlWriter.AttachByHandLine(["expired.png"]) + "\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("The .eml download has renewal-error.png attached. Attach expired.png yourself.", draft, StringComparison.Ordinal);
        Assert.Contains("The mail-app link cannot carry files", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eml_ScreenshotQuestionUpload_IsAttached()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(ConversationHarness.Start);
        var files = new FakeUploadedFileReader { [FileUrlPrefix + "a1"] = new UploadedFileContent("image/png", [1, 2, 3]) };
        string? draft = null;

        await ConversationFlow.Create(storage, time, uploadedFiles: files).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/benefit-information").AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send(Upload("renewal-error.png", FileUrlPrefix + "a1"))
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        var message = await LoadDraftAsync(storage, time, draft!);
        Assert.Equal("renewal-error.png", Assert.Single(message.Attachments).ContentDisposition!.FileName);
        Assert.DoesNotContain("by hand", message.TextBody, StringComparison.Ordinal);
    }

    private static Activity Upload(string name, string? contentUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = "image/png", Name = name, ContentUrl = contentUrl }],
    };

    private static async Task<MimeMessage> LoadDraftAsync(MemoryStorage storage, TimeProvider time, string draftText)
    {
        var store = new DraftStore(storage, time, Options.Create(new ConversationOptions()), NullLogger<DraftStore>.Instance);
        var bytes = await store.GetAsync(DraftLink().Match(draftText).Groups["id"].Value, CancellationToken.None);
        return await MimeMessage.LoadAsync(new MemoryStream(bytes!));
    }

    [GeneratedRegex(@"/drafts/(?<id>[A-Za-z0-9_-]{22})\.eml")]
    private static partial Regex DraftLink();

    private sealed class FakeUploadedFileReader : Dictionary<string, UploadedFileContent>, IUploadedFileReader
    {
        public Task<UploadedFileContent?> ReadAsync(string conversationId, UploadedFileReference file, CancellationToken cancellationToken) =>
            Task.FromResult(file.ContentUrl is { } url ? this.GetValueOrDefault(url) : null);
    }
}

/// <summary>Steps of <see cref="UploadFlowTests"/>.</summary>
internal static class UploadFlowSteps
{
    /// <summary>At <paramref name="prompt"/>, uploads <paramref name="file"/>, expects it kept and the question again, then answers.</summary>
    public static TestFlow UploadThenAnswer(this TestFlow flow, string prompt, string? field, string file, string answer) => flow
        .AssertAsks(prompt, field)
        .Send(new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = "image/png", Name = file }] })
        .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal(UnaskedUploads.Kept(file), reply.Text))
        .AssertAsks(prompt, field)
        .Send(answer);
}
