using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using Microsoft.Extensions.Logging.Testing;

namespace HelpBot.Domain.Tests.Content;

public sealed class DeskAidContentLoaderTests
{
    [Fact]
    public void Load_ShippedFile_Validates()
    {
        var content = DeskAidContentLoader.Load(TestContent.ContentPath);

        Assert.NotEmpty(content.Version);
    }

    [Fact]
    public void Load_WithLogger_LogsCountsAsEvent3000()
    {
        var logger = new FakeLogger();

        DeskAidContentLoader.Load(TestContent.ContentPath, logger);

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(3000, record.Id.Id);
        Assert.Equal("ContentLoaded", record.Id.Name);
    }

    [Fact]
    public async Task LoadAsync_ShippedFile_ReturnsSameVersionAsLoad()
    {
        var content = await DeskAidContentLoader.LoadAsync(TestContent.ContentPath);

        Assert.Equal(TestContent.Content.Version, content.Version);
    }

    [Fact]
    public void DefaultPath_TestOutput_HoldsCopiedContentFile()
    {
        Assert.True(File.Exists(DeskAidContentLoader.DefaultPath));
    }

    [Fact]
    public void Load_ShippedFile_HasThreeTipsWithRefreshYourCacheLink()
    {
        var tips = TestContent.Content.Tips;

        Assert.Equal(3, tips.Count);
        Assert.Contains(tips, tip => tip.Link is not null && tip.Link.Contains("www.refreshyourcache.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShippedFile_MarksCbmsHelpDeskUnverified()
    {
        var helpDesk = TestContent.Content.Contact(TestContent.Content.PeakReport.HelpDeskContactId);

        Assert.Equal("CBMS.help@state.co.us", helpDesk.Value);
        Assert.Equal(FactStatuses.Unverified, helpDesk.Status);
    }

    [Fact]
    public void Load_ShippedFile_ListsPeakEmailFieldsInDeskAidOrder()
    {
        var required = TestContent.Content.PeakReport.EmailFields.Where(field => field.Required).Select(field => field.Id);

        Assert.Equal(
            [ReportFields.Description, ReportFields.Username, ReportFields.Page, ReportFields.When, ReportFields.StepsTried,
             ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Screenshot],
            required);
    }

    [Fact]
    public void Load_ShippedFile_KeepsEscalationChainInOrder()
    {
        var chain = TestContent.Content.ServiceCenter.Escalation.Select(level => level.Text);

        Assert.Equal(["Team Lead", "Supervisor", "Manager", "Director"], chain);
    }

    [Fact]
    public void Load_ShippedFile_RecordsBothPeakAddressesWithSources()
    {
        var address = TestContent.Content.System(SupportSystems.Peak)!.Address;

        Assert.Contains(address.Options, option => option.Id == "desk-aid" && option.Source == "desk-aid");
        Assert.Contains(address.Options, option => option.Id == "current" && option.Source != "desk-aid");
    }

    [Fact]
    public void Load_ShippedFile_DefaultsTrainingSourcesToDeskAid()
    {
        var choice = TestContent.Content.Training.WhereToGetTraining;

        Assert.Equal("desk-aid", choice.Active);
        Assert.All(choice.ActiveValue, id => Assert.Equal(FactStatuses.Historical, TestContent.Content.Contact(id).Status));
    }

    [Fact]
    public void Load_ShippedFile_GivesServiceCenterTelUri()
    {
        var phone = TestContent.Content.Contact(TestContent.Content.ServiceCenter.PhoneContactId);

        Assert.Equal("tel:+18557526749", phone.TelUri);
    }

    [Fact]
    public void Load_ShippedFile_UploadTopicListsFileTypesAndLimit()
    {
        var topic = TestContent.Content.TrainingTopic("upload-files")!;

        Assert.Equal([".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf"], topic.AcceptedFileTypes);
        Assert.Equal(3, topic.MaxFileSizeMb);
        Assert.Equal("medium", topic.Confidence);
    }

    [Fact]
    public void Load_ShippedFile_HasScreenshotStepsForEveryPlatform()
    {
        var sections = TestContent.Content.HelpTopics.Single(topic => topic.Id == "screenshot").Sections.Select(section => section.Id);

        Assert.Equal(["windows", "mac", "iphone", "android", "chromebook"], sections);
    }

    [Fact]
    public void Load_ActiveChoiceSwitchedInFile_UsesNewValue()
    {
        using var variant = ContentVariant.Edit(root => root["training"]!["whereToGetTraining"]!["active"] = "current");

        var content = DeskAidContentLoader.Load(variant.FilePath);

        Assert.Equal(["peak-help-desk", "peak-chat"], content.Training.WhereToGetTraining.ActiveValue);
    }
}
