using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Reports;
using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation;

// The rewrite of the user text kept outside the checked fields when the PII review ends.
public sealed class FlaggedValueScrubberTests
{
    // "35" is the flagged age and also part of a time, an error code and a case number.
    private const string Message = "PEAK shows the error ERR-35 at 10:35. The client is 35 years old, SSN 219-09-9999. Case 1B0000035.";

    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddHelpBotPrivacy(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    private static readonly IPiiAnalyzer Analyzer = Services.GetRequiredService<IPiiAnalyzer>();
    private static readonly IPiiRedactor Redactor = Services.GetRequiredService<IPiiRedactor>();

    [Fact]
    public void Message_RemovedAge_KeepsOtherThirtyFives()
    {
        var state = StateWithDescription(Message);

        Scrub(state, RedactionChoice.Remove);

        Assert.Equal("PEAK shows the error ERR-35 at 10:35. The client is [AGE] years old, SSN [SSN]. Case 1B0000035.", state.Message);
    }

    [Fact]
    public void Message_MaskedFindings_ReadAsField()
    {
        var state = StateWithDescription(Message);

        Scrub(state, RedactionChoice.Mask);

        Assert.Equal("PEAK shows the error ERR-35 at 10:35. The client is ** years old, SSN ***-**-9999. Case 1B0000035.", state.Message);
    }

    [Fact]
    public void Message_KeptFindings_StayAsTyped()
    {
        var state = StateWithDescription(Message);

        Scrub(state, RedactionChoice.Keep);

        Assert.Equal(Message, state.Message);
    }

    [Fact]
    public void Message_EditedFinding_TakesUserText()
    {
        var state = StateWithDescription(Message);
        var fields = Check(state);

        FlaggedValueScrubber.Create(state, fields, (_, finding) => Choose(finding, RedactionChoice.Edit("on file")), Redactor, Analyzer).Apply(state);

        Assert.Equal("PEAK shows the error ERR-35 at 10:35. The client is 35 years old, SSN on file. Case 1B0000035.", state.Message);
    }

    [Fact]
    public void Message_LeftoverIdentifiers_AreRemoved()
    {
        var state = StateWithDescription("PEAK shows the error ERR-500 on the income page.");
        state.Message = "PEAK shows the error ERR-500 on the income page. Her SSN is 219-09-9999, I typed password: Sunny#2024 and she is 35 years old.";

        Scrub(state, RedactionChoice.Keep);

        Assert.Equal(
            "PEAK shows the error ERR-500 on the income page. Her SSN is [SSN], I typed password: [PASSWORD] and she is 35 years old.",
            state.Message);
    }

    [Fact]
    public void DialogState_OnlyWholeCopiesChange()
    {
        var state = StateWithDescription(Message);
        var scrubber = FlaggedValueScrubber.Create(state, Check(state), (_, _) => RedactionChoice.Remove, Redactor, Analyzer);
        var dialogState = new JsonObject
        {
            ["options"] = new JsonObject { ["text"] = Message },
            ["history"] = new JsonArray(new JsonObject { ["input"] = Message }, "35", "Case 1B0000035 at 10:35"),
            ["answer"] = "Error ERR-35 since 10:35",
        };

        scrubber.ScrubValues(dialogState);

        const string Scrubbed = "PEAK shows the error ERR-35 at 10:35. The client is [AGE] years old, SSN [SSN]. Case 1B0000035.";
        Assert.Equal(Scrubbed, dialogState["options"]!["text"]!.GetValue<string>());
        Assert.Equal(Scrubbed, dialogState["history"]![0]!["input"]!.GetValue<string>());
        Assert.Equal("35", dialogState["history"]![1]!.GetValue<string>());
        Assert.Equal("Case 1B0000035 at 10:35", dialogState["history"]![2]!.GetValue<string>());
        Assert.Equal("Error ERR-35 since 10:35", dialogState["answer"]!.GetValue<string>());
    }

    [Fact]
    public void PageUrl_ShortValue_StaysInsideNumber()
    {
        var state = StateWithDescription("PEAK shows the error ERR-500. The client is 35 years old.");
        state.Report.PageUrl = "https://peak.my.site.com/peak/s/case/1B0000035";

        Scrub(state, RedactionChoice.Remove);

        Assert.Equal("https://peak.my.site.com/peak/s/case/1B0000035", state.Report.PageUrl);
        Assert.Equal("PEAK shows the error ERR-500. The client is [AGE] years old.", state.Message);
    }

    [Fact]
    public void Locate_ShortTextInsideNumber_FindsNothing()
    {
        Assert.Empty(FieldCopyLocator.Locate("35", "Case 1B0000035 at 10:35 with ERR-35."));
    }

    [Fact]
    public void Locate_TextAtWordEdgesOnce_FindsIt()
    {
        var parts = FieldCopyLocator.Locate("is 35 years", "At 10:35 the client is 35 years old.");

        Assert.Equal([new CopiedPart(0, 11, 20)], parts);
    }

    [Fact]
    public void Locate_ShortTextAlone_FindsIt()
    {
        Assert.Equal([new CopiedPart(0, 2, 10)], FieldCopyLocator.Locate("35", "At 10:35 (35 years old)."));
    }

    [Fact]
    public void Locate_TextTwice_FindsNothing()
    {
        Assert.Empty(FieldCopyLocator.Locate("age 35", "age 35, and again age 35"));
    }

    [Fact]
    public void Locate_Lines_FoundOneByOne()
    {
        var parts = FieldCopyLocator.Locate("Signed out\nCleared the cache", "I Cleared the cache and Signed out, no luck.");

        Assert.Equal([new CopiedPart(0, 10, 24), new CopiedPart(11, 17, 2)], parts);
    }

    // A report state whose first message is also its whole description, as the extractor writes it.
    private static ReportState StateWithDescription(string description) =>
        new() { Message = description, Report = new IssueReport { Description = description } };

    private static List<FieldFindings> Check(ReportState state)
    {
        var description = state.Report.Description!;
        return [new FieldFindings(ReportFields.Description, description, Analyzer.Analyze(description))];
    }

    private static void Scrub(ReportState state, RedactionChoice choice) =>
        FlaggedValueScrubber.Create(state, Check(state), (_, finding) => Choose(finding, choice), Redactor, Analyzer).Apply(state);

    // Applies an edit to identifiers only, so the age stays, and any other choice to every finding.
    private static RedactionChoice Choose(PiiFinding finding, RedactionChoice choice) =>
        choice.Decision == RedactionDecision.Edit && finding.Tier == PiiTier.LinkedDetail ? RedactionChoice.Keep : choice;
}
