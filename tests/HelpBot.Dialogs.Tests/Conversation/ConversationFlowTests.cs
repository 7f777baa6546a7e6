using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class ConversationFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task TrainingQuestion_Answered_ClosesAndShowsMenu()
    {
        await ConversationFlow.Create().Onboard()
            .Send("PEAK says the upload failed, try again later. It's a 9 MB scan.")
            .AssertSays(ConversationSteps.TrainingAnswer, reply =>
            {
                Assert.Equal("training", reply.GetMarker()!.Kind);
                Assert.Equal("peak", reply.GetMarker()!.System);
            })
            .AssertAsks(ConversationPrompts.Training)
            .Send("That answered it")
            .AssertSays(ConversationSteps.Fixed)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task TrainingQuestion_ReportAnyway_GoesToTips()
    {
        await ConversationFlow.Create().Onboard()
            .Send("PEAK says the upload failed, try again later. It's a 9 MB scan.")
            .AssertAsks(ConversationPrompts.Training)
            .Send("Report it anyway")
            .AssertAsks(ConversationPrompts.Tips, check: reply => Assert.Equal("technical", reply.GetMarker()!.Kind))
            .StartTestAsync();
    }

    [Fact]
    public async Task TrainingQuestion_NoSystemNamed_SaysAssumedAndAsksAddressWhenReported()
    {
        await ConversationFlow.Create().Onboard()
            .Send("The login page keeps saying session expired for my client")
            .AssertSays(ConversationSteps.TrainingAnswer, reply =>
            {
                Assert.StartsWith("Your message does not say which website this is. If it is PEAK,", reply.Text, StringComparison.Ordinal);
                Assert.Contains("If it happened on Connect for Health Colorado instead, choose 'Report it anyway'", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.Training)
            .Send("Report it anyway")
            .AssertAsks(ConversationPrompts.Tips, check: reply => Assert.Null(reply.GetMarker()!.System))
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("the second one", "[\"clear-cache\"]")]
    [InlineData("still broken", "[\"sign-out-refresh\",\"other-browser\"]")]
    public async Task Tips_TypedAgainAfterBack_ReplacesEarlierTips(string secondAnswer, string expectedTips)
    {
        var storage = new MemoryStorage();

        await ConversationFlow.Create(storage).Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("1 and 3")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("back")
            .AssertAsks(ConversationPrompts.Tips)
            .Send(secondAnswer)
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();

        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        var report = JsonNode.Parse(Encoding.UTF8.GetString(state.Values.Single().Json.Span))!["report"]!["report"]!;
        Assert.Equal(expectedTips, report["tipsTried"]!.ToJsonString());
    }

    [Fact]
    public async Task Tips_ThatFixedIt_EndsWithFriendlyClose()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("that fixed it")
            .AssertSays(ConversationSteps.Fixed, reply => Assert.Contains("Glad", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task OldBookmark_InMessage_GetsAddressChangedTip()
    {
        await ConversationFlow.Create().Onboard()
            .Send("Our bookmark coloradopeak.secure.force.com gives a 404 page.")
            .AssertSays(ConversationSteps.TrainingAnswer, reply =>
            {
                Assert.Contains("peak.my.site.com", reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.Equal("training", reply.GetMarker()!.Kind);
            })
            .AssertAsks(ConversationPrompts.Training)
            .StartTestAsync();
    }

    [Fact]
    public async Task OldBookmark_AsPageAddress_GetsTip()
    {
        await ConversationFlow.Create().Onboard()
            .Send("The income page shows the error ERR-500 when I press Next.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://coloradopeak.secure.force.com/")
            .AssertSays(ConversationSteps.OldBookmark)
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("https://connectforhealthco.com.example.net/login-portal/")]
    [InlineData("https://peak.my.site.com.example.net/peak/s/")]
    public async Task LookAlikeHost_AsPageAddress_IsRejectedAndAskedAgain(string lookAlike)
    {
        await ConversationFlow.Create().Onboard()
            .Send("The income page shows the error ERR-500 when I press Next.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(lookAlike)
            .AssertNextContains("not PEAK or Connect for Health Colorado")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent)
            .StartTestAsync();
    }

    [Fact]
    public async Task PageAddress_DontKnow_LetsUserPick()
    {
        await ConversationFlow.Create().Onboard()
            .Send("The income page shows the error ERR-500 when I press Next.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("I don't know")
            .AssertAsks(ConversationPrompts.PickSystem, check: reply => Assert.Contains("address bar", reply.Text, StringComparison.Ordinal))
            .Send("PEAK")
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();
    }

    [Fact]
    public async Task PageAddress_PhoneApp_NotesMobile()
    {
        var storage = new MemoryStorage();
        await ConversationFlow.Create(storage).Onboard()
            .Send("The income page shows the error ERR-500 when I press Next.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("it's in the phone app")
            .AssertAsks(ConversationPrompts.PickSystem, check: reply => Assert.Contains("An app has no address bar", reply.Text, StringComparison.Ordinal))
            .Send("PEAK")
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();

        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        Assert.Matches("(?i)\"mobileIndicated\"\\s*:\\s*true", Encoding.UTF8.GetString(state.Values.Single().Json.Span));
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("no idea")]
    [InlineData("3")]
    public async Task PickSystem_NotSure_ExplainsAddressAndAsksAgain(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send("The income page shows the error ERR-500 when I press Next.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("I don't know")
            .AssertAsks(ConversationPrompts.PickSystem, check: reply => Assert.Contains("Not sure", reply.Text, StringComparison.Ordinal))
            .Send(answer)
            .AssertSays(ConversationSteps.AddressHelp, reply =>
            {
                Assert.Contains("peak.my.site.com", reply.Text, StringComparison.Ordinal);
                Assert.Contains("copy it", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();
    }

    [Fact]
    public async Task Tips_CardTicks_CountAsStepsTried()
    {
        var submit = new Activity();
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips, check: reply =>
                submit.Value = System.Text.Json.JsonSerializer.SerializeToElement(new JsonObject
                {
                    ["promptId"] = ReadPromptId(reply),
                    ["action"] = "stillBroken",
                    ["tipsTried"] = "sign-out-refresh,clear-cache",
                }))
            .Send(submit)
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Fact]
    public async Task CaseNumber_WithoutOneB_IsRejected()
    {
        await StartPeakFields()
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("2B12345")
            .AssertNextContains("1B")
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "impact", reply => Assert.Contains("The client could not submit", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task When_InFuture_IsRejectedAndAskedAgain()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when")
            .Send("12/30/2026 9:00 am")
            .AssertNextContains("future")
            .AssertAsks(ConversationPrompts.Field, "when")
            .Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried")
            .StartTestAsync();
    }

    [Fact]
    public async Task Description_Empty_IsRejectedAndAskedAgain()
    {
        await ConversationFlow.Create().Onboard()
            .Send("report")
            .AssertAsks(ConversationPrompts.Describe)
            .Send("  ")
            .AssertNextContains("type")
            .AssertAsks(ConversationPrompts.Describe)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("🙂🙂🙂🙂")]
    [InlineData("🙂")]
    public async Task Description_EmojiOnly_IsRejectedAndAskedAgain(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send("report")
            .AssertAsks(ConversationPrompts.Describe)
            .Send(answer)
            .AssertNextContains("at least 3 letters or digits")
            .AssertAsks(ConversationPrompts.Describe)
            .StartTestAsync();
    }

    [Fact]
    public async Task Menu_EmojiWords_AreNoDescription()
    {
        await ConversationFlow.Create().Onboard()
            .Send("🙂 🙂 🙂")
            .AssertNextContains("I didn't catch that")
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task Username_LooksLikePassword_IsDiscardedWithWarning()
    {
        var storage = new MemoryStorage();
        await ConversationFlow.Create(storage).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username")
            .Send("Xq7!pLm#42zz")
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertNextContains("Please type only the user name of the account.")
            .AssertAsks(ConversationPrompts.Field, "username")
            .StartTestAsync();

        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        Assert.DoesNotContain("Xq7!pLm#42zz", Encoding.UTF8.GetString(state.Values.Single().Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_AtField_GivesFieldHelp()
    {
        await StartPeakFields()
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("help")
            .AssertNextContains("tracking or authorization number")
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpTopics_AtMenu_ListedWithBullets()
    {
        await ConversationFlow.Create().Onboard()
            .Send("help topics")
            .AssertSays(ConversationSteps.HelpTopic, reply =>
            {
                Assert.Contains("\n- ", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"(?m)^\d+\. ", reply.Text!);
            })
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpTopic_AtField_ShowsTopic()
    {
        await StartPeakFields()
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("what is PII?")
            .AssertSays(ConversationSteps.HelpTopic, reply => Assert.Contains("PHI", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("help topics")
            .AssertSays(ConversationSteps.HelpTopic)
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_MidReport_ShowsMenuAndDropsReport()
    {
        var storage = new MemoryStorage();
        await StartPeakFields(storage)
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("cancel")
            .AssertNextContains("Okay, I stopped and dropped that report. Pick what to do next below.")
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        Assert.DoesNotContain("cbo.navigator01", Encoding.UTF8.GetString(state.Values.Single().Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_AtFirstQuestion_AsksAgain()
    {
        await ConversationFlow.Create()
            .Send("hi")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("cancel")
            .AssertReply(HelpBotDialogHooks.StoppedBeforeProfileMessage)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_AtMenu_SaysNothingToCancel()
    {
        await ConversationFlow.Create().Onboard()
            .Send("cancel")
            .AssertReply(HelpBotDialogHooks.NothingToCancelMessage)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task StartOver_MidReport_ShowsMenu()
    {
        await StartPeakFields()
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("start over")
            .AssertNextContains("start over")
            .AssertAsks(ConversationPrompts.Menu)
            .Send("report")
            .AssertAsks(ConversationPrompts.Describe)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AtTips_ShowsDescriptionPrefilled()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("back").AssertAsks(ConversationPrompts.Tips)
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "description", reply => Assert.Contains(PeakDescription, reply.Text, StringComparison.Ordinal))
            .Send("keep").AssertAsks(ConversationPrompts.PageAddress)
            .Send("back").AssertAsks(ConversationPrompts.Field, "description")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AtFirstField_AsksUrgentAgain()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username")
            .Send("back")
            .AssertAsks(ConversationPrompts.Urgent)
            .StartTestAsync();
    }

    [Fact]
    public async Task CardSubmittedTwice_SecondIsIgnoredWithNote()
    {
        var first = new Activity();
        var second = new Activity();
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips, check: reply =>
            {
                var promptId = ReadPromptId(reply);
                first.Value = System.Text.Json.JsonSerializer.SerializeToElement(new JsonObject { ["promptId"] = promptId, ["action"] = "stillBroken" });
                second.Value = first.Value;
            })
            .Send(first)
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(second)
            .AssertNextContains("already submitted")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Fact]
    public async Task Restart_MidReport_ResumesWithAnswers()
    {
        await StartPeakFields()
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Restart()
            .Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot")
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "caseNumber", reply => Assert.Contains("1B00000", reply.Text, StringComparison.Ordinal))
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "impact", reply => Assert.Contains("The client could not submit", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Role_AskedOnce_AcrossTwoConversations()
    {
        var storage = new MemoryStorage();
        await ConversationFlow.Create(storage).Onboard().StartTestAsync();

        await ConversationFlow.Create(storage, adapter: new TestAdapter("second-conversation") { LocalTimezone = "America/Denver" })
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task ConversationUpdate_UserJoins_WelcomesOnce()
    {
        await ConversationFlow.Create()
            .SendConversationUpdate()
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task DescriptionDuringOnboarding_IsKeptForReport()
    {
        await AtCbmsQuestion()
            .Send(PeakDescription)
            .AssertNextContains("kept your description")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .Send("CBO staff")
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Fact]
    public async Task SeveralDescriptionsDuringOnboarding_AllKeptForReport()
    {
        var storage = new MemoryStorage();

        await ConversationFlow.Create(storage)
            .SendConversationUpdate()
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("Client's renewal upload on PEAK keeps failing with try again later")
            .AssertNextContains("kept your description")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("Also the document upload page times out for a second client")
            .AssertNextContains("added that to your description")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .Send("The client is stuck on the income page as well")
            .AssertNextContains("added that to your description")
            .AssertAsks(ConversationPrompts.Role)
            .Send("CBO staff")
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();

        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        var json = Encoding.UTF8.GetString(state.Values.Single().Json.Span);
        Assert.Contains("keeps failing with try again later", json, StringComparison.Ordinal);
        Assert.Contains("times out for a second client", json, StringComparison.Ordinal);
        Assert.Contains("stuck on the income page as well", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Not sure if this is a Connect for Health problem or a PEAK problem, the link just spins.")]
    [InlineData("The Medicaid link spins and the page is not loading for my client since Monday.")]
    public async Task LongDescriptionWithChoiceWord_DuringOnboarding_IsKept(string description)
    {
        await AtCbmsQuestion()
            .Send(description)
            .AssertNextContains("kept your description")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .StartTestAsync();
    }

    [Fact]
    public async Task AnswerNo_DuringOnboarding_AsksRole()
    {
        await AtCbmsQuestion()
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .StartTestAsync();
    }

    [Fact]
    public async Task Onboarding_YesSentence_ShowsCbmsPath()
    {
        await AtCbmsQuestion()
            .Send("Yes, I work in CBMS as a county eligibility technician")
            .AssertSays(ConversationSteps.CbmsPath)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    // A new user who opens the chat: the welcome and the first onboarding question.
    private static TestFlow AtCbmsQuestion() =>
        ConversationFlow.Create()
            .SendConversationUpdate()
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.CbmsUser);

    [Fact]
    public async Task CbmsUser_IsToldTheirPath()
    {
        await ConversationFlow.Create()
            .Send("hi")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("yes")
            .AssertSays(ConversationSteps.CbmsPath, reply => Assert.Contains("CBMS help desk process", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Menu)
            .Send("report")
            .AssertSays(ConversationSteps.CbmsPath, reply => Assert.Contains("CBMS", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task CbmsUser_ChangesAnswers_AsksBothAgain()
    {
        await ConversationFlow.Create()
            .Send("hi")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("yes")
            .AssertSays(ConversationSteps.CbmsPath, reply => Assert.Contains("I don't work in CBMS", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Menu)
            .Send("change my answers")
            .AssertReply(HelpBotDialogHooks.ChangingAnswersMessage)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .Send("CBO staff")
            .AssertAsks(ConversationPrompts.Menu)
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Fact]
    public async Task NotCbms_AtFirstQuestion_KeepsMessage()
    {
        await ConversationFlow.Create()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("I don't work in CBMS")
            .AssertReply(HelpBotDialogHooks.NotCbmsMessage)
            .AssertAsks(ConversationPrompts.Role)
            .Send("CBO staff")
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Fact]
    public async Task NotCbms_AfterYes_KeepsDescription()
    {
        await ConversationFlow.Create()
            .SendConversationUpdate()
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send(PeakDescription)
            .AssertNextContains("kept your description")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("yes")
            .AssertSays(ConversationSteps.CbmsPath)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("I don't work in CBMS")
            .AssertReply(HelpBotDialogHooks.NotCbmsMessage)
            .AssertAsks(ConversationPrompts.Role)
            .Send("CBO staff")
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("someFutureType")]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Typing)]
    public async Task UnknownActivityType_IsIgnored(string type)
    {
        await ConversationFlow.Create()
            .Send(new Activity { Type = type })
            .AssertNoReply()
            .StartTestAsync();
    }

    private static TestFlow StartPeakFields(MemoryStorage? storage = null) =>
        ConversationFlow.Create(storage).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("Signed out and back in")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit");

    private static string ReadPromptId(Activity reply)
    {
        var card = reply.Attachments!.Single().Content!.Value;
        foreach (var action in card.GetProperty("actions").EnumerateArray())
        {
            if (action.TryGetProperty("data", out var data) && data.TryGetProperty("promptId", out var id))
            {
                return id.GetString()!;
            }
        }

        throw new InvalidOperationException("The card has no prompt id.");
    }
}
