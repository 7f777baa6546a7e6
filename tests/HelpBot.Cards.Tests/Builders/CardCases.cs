using HelpBot.Cards.Builders;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;

namespace HelpBot.Cards.Tests.Builders;

/// <summary>Every card builder, called with user text of one flavor: realistic, very long, hostile or non-Latin.</summary>
internal static class CardCases
{
    public const string PromptId = "prompt-7f3a";

    public static readonly string[] Flavors = ["realistic", "long", "injection", "unicode"];

    public static readonly string[] Builders =
    [
        "welcome", "welcomeReturning", "role", "tips", "whichSystem", "training", "peakForm", "peakFormPartial",
        "urgentQuestion", "urgentContacts", "piiReview", "emailDraft", "emailDraftNoMailto", "nextSteps",
        "nextStepsUrgent", "callQuestions", "callChecklist", "callChecklistCertified", "callLog", "ticketSaved",
        "helpTopicsMenu", "helpTopic", "piiDefinition",
    ];

    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var builder in Builders)
        {
            foreach (var flavor in Flavors)
            {
                data.Add(builder, flavor);
            }
        }

        return data;
    }

    public static StepCard Build(string builder, string flavor)
    {
        var text = UserText(flavor);
        var content = FakeContent.Create();
        return builder switch
        {
            "welcome" => WelcomeCard.Build(PromptId),
            "welcomeReturning" => WelcomeCard.Build(PromptId, returning: true),
            "role" => RoleCard.Build(PromptId, content.Roles, "broker", isCbmsUser: false),
            "tips" => TipsCard.Build(PromptId, content.Tips, ["clear-cache", "unknown-id"]),
            "whichSystem" => WhichSystemCard.Build(PromptId, content, text, reason: text),
            "training" => TrainingAnswerCard.Build(PromptId, content.Training.Topics[0], content),
            "peakForm" => PeakReportFormCard.Build(PromptId, CreateReport(text), content, AllFields, "Mountain Time (America/Denver)", new DateOnly(2026, 3, 14)),
            "peakFormPartial" => PeakReportFormCard.Build(PromptId, CreateReport(text), content, [ReportFields.Username, ReportFields.When], "Mountain Time"),
            "urgentQuestion" => UrgentQuestionCard.Build(PromptId),
            "urgentContacts" => UrgentContactsCard.Build(PromptId, content),
            "piiReview" => PiiReviewCard.Build(PromptId, CreatePiiFields(text), content),
            "emailDraft" => EmailDraftCard.Build(PromptId, CreateDraft(text), "mailto:CBMS.help@state.co.us?subject=PEAK", "http://127.0.0.1:5000/drafts/abc.eml"),
            "emailDraftNoMailto" => EmailDraftCard.Build(PromptId, CreateDraft(text) with { EncryptionRequired = true, EncryptionNote = "Send it encrypted." }, null, "http://127.0.0.1:5000/drafts/abc.eml"),
            "nextSteps" => NextStepsCard.Build(PromptId, content),
            "nextStepsUrgent" => NextStepsCard.Build(PromptId, content, medicallyUrgent: true),
            "callQuestions" => CallQuestionsCard.Build(PromptId, CreateReport(text), content, new ClientEnvironment("Windows", null, "Edge")),
            "callChecklist" => CallChecklistCard.Build(PromptId, CreateChecklist(text)),
            "callChecklistCertified" => CallChecklistCard.Build(PromptId, CreateChecklist(text), certifiedRole: true),
            "callLog" => CallLogCard.Build(PromptId, "Mountain Time", existing: new CallLog(At(), "INC-0001", TimeFrame.Days(3), text)),
            "ticketSaved" => TicketSavedCard.Build(PromptId, CreateTicket(text), Denver, "Mountain Time"),
            "helpTopicsMenu" => HelpTopicsMenuCard.Build(PromptId, content.HelpTopics),
            "helpTopic" => HelpTopicCard.Build(PromptId, content.HelpTopics[0]),
            "piiDefinition" => PiiDefinitionCard.Build(PromptId, content.Privacy),
            _ => throw new ArgumentOutOfRangeException(nameof(builder), builder, "No such builder case."),
        };
    }

    public static readonly string[] AllFields =
    [
        ReportFields.Description, ReportFields.Username, ReportFields.Page, ReportFields.When,
        ReportFields.StepsTried, ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Screenshot,
    ];

    /// <summary>Returns user text of the given flavor.</summary>
    public static string UserText(string flavor) => flavor switch
    {
        "realistic" => "When I click Submit on the Income page I get ERR-500 and the page goes blank.",
        "long" => string.Concat(Enumerable.Repeat("The page froze after I pressed Next (again). ", 200)),
        "injection" => "[click](https://evil.example) ![x](https://evil.example/p.png) **bold** _it_ <b>html</b> `code`\n# Heading\n> quote\n- item\n1. first\nhttps://evil.example/login www.evil.example",
        "unicode" => "Página en blanco 😀 después de enviar — ошибка 错误 \u202Eevil\u202C العربية",
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "No such flavor."),
    };

    public static IssueReport CreateReport(string text) => new()
    {
        System = SupportSystems.Peak,
        Description = text,
        Username = "dana.testperson@example.org",
        PageSuggestion = "Benefit information",
        When = new DateTimeOffset(2026, 3, 13, 14, 30, 0, TimeSpan.FromHours(-6)),
        WhenHasClockTime = true,
        TimeZoneId = "America/Denver",
        TipsTried = ["refresh"],
        StepsTried = [text],
        Impact = text,
        CaseNumber = "1B00000",
        NoScreenshots = true,
        Os = "Windows",
        Browser = "Chrome",
        MobileIndicated = true,
        Device = "iPhone",
    };

    public static IReadOnlyList<PiiReviewField> CreatePiiFields(string text)
    {
        const string description = "Client Dana Testperson, SSN 078-05-1120, born 01/01/1900, phone 303-555-0100, password hunter2.";
        return
        [
            new PiiReviewField(ReportFields.Description, "Description", description,
            [
                Finding(PiiCategories.Person, description, "Dana Testperson"),
                Finding(PiiCategories.USSocialSecurityNumber, description, "078-05-1120"),
                Finding(PiiCategories.DateOfBirth, description, "01/01/1900"),
                Finding(PiiCategories.PhoneNumber, description, "303-555-0100"),
                Finding(PiiCategories.Password, description, "hunter2"),
            ]),
            new PiiReviewField(ReportFields.Impact, "Impact", text + " Dana", [Finding(PiiCategories.Person, text + " Dana", "Dana")]),
        ];
    }

    public static PiiFinding Finding(string category, string text, string value)
    {
        var offset = text.LastIndexOf(value, StringComparison.Ordinal);
        return new PiiFinding(category, PiiTier.Identifier, offset, value.Length, 0.9, new PiiExplanation("test", "test", 0.9, 0.9, []));
    }

    private static EmailDraft CreateDraft(string text) => new()
    {
        To = "CBMS.help@state.co.us",
        Subject = "PEAK technical issue: Benefit information page, 2026-03-13",
        Sections =
        [
            new DraftSection(ReportFields.Description, "Description", text, true),
            new DraftSection(ReportFields.Username, "User name", "dana.testperson@example.org", true),
            new DraftSection(ReportFields.Page, "Page and section", "Benefit information", true),
            new DraftSection(ReportFields.When, "Date and time", "2026-03-13 2:30 PM Mountain Time", true),
            new DraftSection(ReportFields.StepsTried, "Steps tried", text, true),
            new DraftSection(ReportFields.Impact, "Impact", text, true),
            new DraftSection(ReportFields.CaseNumber, "CBMS case number", "Not provided", false),
            new DraftSection(ReportFields.Screenshot, "Screenshots", "None", true),
        ],
        AttachmentsToAdd = ["screenshot-1.png"],
        AttachmentReminder = "Erase personal information from screenshots first.",
        PlainTextBody = "Description\r\n" + text + "\r\n\r\nUser name\r\ndana.testperson@example.org",
    };

    private static CallChecklist CreateChecklist(string text) => new()
    {
        Phone = "1-855-752-6749",
        TelUri = "tel:+18557526749",
        Tty = "1-855-346-3432",
        TtyTelUri = "tel:+18553463432",
        Hours = "Mon-Fri 8 am-6 pm",
        CustomerMustBePresent = "The customer must be with you when you call.",
        HaveReady = ["Customer's name", "Account number", "Address", "Phone number or e-mail", "Last four digits of the SSN"],
        NeverTypeIntoChat = "Never type these details into this chat.",
        Describe =
        [
            new ChecklistItem("doing", "What you were trying to do", text),
            new ChecklistItem("error", "What error you received", null),
            new ChecklistItem("browser", "Browser", "Chrome"),
        ],
        NoteDuringCall = ["Date and time of the call", "Representative's name", "Ticket incident number"],
        WhatToExpect = ["If it cannot be solved on the call, a ticket is created with a time frame for an update."],
        Escalation = ["No update in time, or medically urgent: ask for a Team Lead.", "Then Supervisor, Manager, Director."],
        StatusCheck = "Customers can check the ticket in their customer portal.",
        RoleNote = "Certified guides, counselors and brokers follow their internal process.",
    };

    private static Ticket CreateTicket(string text) => new()
    {
        Id = "T-" + text.Length,
        System = SupportSystems.ConnectForHealth,
        IncidentNumber = text.Length > 100 ? text[..100] : text,
        CreatedAt = At(),
        PromisedUpdateBy = At().AddDays(3),
        Status = TicketStatus.Acknowledged,
    };

    private static DateTimeOffset At() => new(2026, 3, 13, 21, 15, 0, TimeSpan.Zero);
}
