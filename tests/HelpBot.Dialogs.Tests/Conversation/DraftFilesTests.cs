using HelpBot.Dialogs.Conversation.Uploads;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class DraftFilesTests
{
    private static readonly List<UploadedFileReference> s_uploads =
    [
        new() { Name = "error.png", ContentUrl = "http://127.0.0.1/a1" },
        new() { Name = "letter Dana Testperson 555-0100.png", ContentUrl = "http://127.0.0.1/a2" },
    ];

    [Theory]
    [InlineData("error.png", "http://127.0.0.1/a1")]
    [InlineData("letter [NAME] [PHONE].png", "http://127.0.0.1/a2")]
    [InlineData("letter [NAME].png", "http://127.0.0.1/a2")]
    [InlineData("[NAME]", "http://127.0.0.1/a1")]
    public void Find_DraftName_MatchesUpload(string draftName, string expectedUrl)
    {
        Assert.Equal(expectedUrl, DraftFiles.Find(s_uploads, draftName)?.ContentUrl);
    }

    [Theory]
    [InlineData("typed.png")]
    [InlineData("letter [NAME].pdf")]
    [InlineData("notice [NAME].png")]
    [InlineData("error.PNG")]
    public void Find_OtherName_MatchesNothing(string draftName)
    {
        Assert.Null(DraftFiles.Find(s_uploads, draftName));
    }
}
