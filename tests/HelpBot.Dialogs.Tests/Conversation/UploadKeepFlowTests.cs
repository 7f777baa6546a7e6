using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using static HelpBot.Dialogs.Tests.Conversation.PrivacyReviewFlow;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// The screenshot question asked again after "back" from the PII review: files uploaded before stay in the report
/// unless the user removes them.
/// </summary>
public sealed class UploadKeepFlowTests
{
    // The e-mail address makes the PII review ask, so "back" there returns to the screenshot question.
    private const string Description = "When I press Submit on the income page PEAK shows the error ERR-500 for dana.testperson@example.org.";
    private const string FileUrlPrefix = "http://127.0.0.1:3978/v3/directline/conversations/test-conversation/attachments/";

    [Fact]
    public async Task NewUploadAfterBack_AddsToEarlier()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload("error.png", "a1"))
            .Send(Upload("expired.png", "a2"))
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Equal(["error.png", "expired.png"], Screenshots(state));
        Assert.Equal(["a1", "a2"], UploadAddresses(state));
    }

    [Fact]
    public async Task TwoUploads_KeepOffersThem()
    {
        var upload = Upload("error.png", "a1");
        upload.Attachments!.Add(new Attachment { ContentType = "image/png", Name = "expired.png", ContentUrl = FileUrlPrefix + "a2" });

        await UploadAndGoBack(new MemoryStorage(), upload, reply => Assert.Contains("Type 'keep' to use them", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task SameUploadAgain_KeptOnce()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload("error.png", "a1"))
            .Send(Upload("error.png", "a1"))
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Equal(["error.png"], Screenshots(state));
        Assert.Equal(["a1"], UploadAddresses(state));
    }

    // Phones name every pasted image "image.png", so a second file with that name is another file.
    [Fact]
    public async Task OtherUploadSameName_KeptWithNumber()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload("image.png", "a1"))
            .Send(Upload("image.png", "a2"))
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Equal(["image.png", "image (2).png"], Screenshots(state));
        Assert.Equal(["a1", "a2"], UploadAddresses(state));
    }

    [Fact]
    public async Task SameNameAtTips_GetsNumber()
    {
        await ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send(Upload("image.png", "a1"))
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal(UnaskedUploads.Kept("image.png"), reply.Text))
            .AssertAsks(ConversationPrompts.Tips)
            .Send(Upload("image.png", "a2"))
            .AssertSays(ConversationSteps.UploadReceived, reply => Assert.Equal(UnaskedUploads.Kept("image (2).png"), reply.Text))
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Fact]
    public async Task UnnamedUploadsAtTwoTurns_NumberedApart()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload(null, "a1"))
            .Send(Upload(null, "a2"))
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Equal(["Screenshot 1", "Screenshot 2"], Screenshots(state));
    }

    [Fact]
    public async Task TypedNameAfterUpload_AddsToUpload()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload("error.png", "a1"))
            .Send("letter.pdf")
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Equal(["error.png", "letter.pdf"], Screenshots(state));
        Assert.Equal(["a1"], UploadAddresses(state));
    }

    [Fact]
    public async Task NoneAfterUpload_AsksWhatToDo()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload("error.png", "a1"))
            .Send("none")
            .AssertNextContains(ScreenshotAnswers.NoneWithUploads(["error.png"]))
            .AssertAsks(ConversationPrompts.Field, "screenshot")
            .Send("keep")
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Equal(["error.png"], Screenshots(state));
        Assert.False(state["report"]?["noScreenshots"]?.GetValue<bool>() ?? false);
    }

    [Fact]
    public async Task RemoveFilesAfterUpload_SaysAndDrops()
    {
        var storage = new MemoryStorage();

        await UploadAndGoBack(storage, Upload("error.png", "a1"))
            .Send("remove files")
            .AssertNextContains(ScreenshotAnswers.Removed(["error.png"]))
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = await ReadReportAsync(storage);
        Assert.Empty(Screenshots(state));
        Assert.True(state["report"]?["noScreenshots"]?.GetValue<bool>());
        Assert.Empty(UploadAddresses(state));
    }

    // Answers every question of a PEAK report, uploads the file at the screenshot question and goes back to it
    // from the PII review.
    private static TestFlow UploadAndGoBack(MemoryStorage storage, Activity upload, Action<Activity>? checkQuestion = null) =>
        ConversationFlow.Create(storage).Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send(upload)
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "screenshot", checkQuestion);

    private static Activity Upload(string? name, string address) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = "image/png", Name = name, ContentUrl = FileUrlPrefix + address }],
    };

    private static async Task<JsonObject> ReadReportAsync(MemoryStorage storage) =>
        JsonNode.Parse(await ReadStateAsync(storage))!["report"]!.AsObject();

    private static List<string> Screenshots(JsonObject state) =>
        state["report"]?["screenshots"]?.AsArray().Select(name => name!.GetValue<string>()).ToList() ?? [];

    private static List<string> UploadAddresses(JsonObject state) =>
        state["uploads"]?.AsArray().Select(upload => upload!["contentUrl"]!.GetValue<string>()[FileUrlPrefix.Length..]).ToList() ?? [];
}
