using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Cards.Tests.Builders;

/// <summary>A desk-aid content object with the desk aid's facts, built in code for card tests.</summary>
internal static class FakeContent
{
    public static DeskAidContent Create() => new()
    {
        Version = "test",
        Contacts =
        [
            new() { Id = "cbms-help", Label = "CBMS help desk", Kind = ContactKinds.Email, Value = "CBMS.help@state.co.us", Status = FactStatuses.Unverified },
            new() { Id = "peak-outreach", Label = "PEAK Outreach Initiative", Kind = ContactKinds.Email, Value = "PEAKoutreach@bouldercounty.org", Status = FactStatuses.Historical },
            new() { Id = "peak-training", Label = "PEAK training guides", Kind = ContactKinds.Web, Value = "https://sites.google.com/site/peakoutreachinitiative/training" },
            new() { Id = "service-center", Label = "Connect for Health Colorado Service Center", Kind = ContactKinds.Phone, Value = "1-855-752-6749", Hours = "Mon-Fri 8 am-6 pm" },
            new() { Id = "member-contact", Label = "Health First Colorado Member Contact Center", Kind = ContactKinds.Phone, Value = "1-800-221-3943" },
        ],
        Systems =
        [
            System(SupportSystems.Peak, "PEAK", "https://peak.my.site.com"),
            System(SupportSystems.ConnectForHealth, "Connect for Health Colorado", "https://prd.connectforhealthco.com"),
        ],
        Tips =
        [
            new() { Id = "refresh", Title = "Sign off and on again, or refresh the page", Detail = "Save the application first." },
            new() { Id = "clear-cache", Title = "Clear your web cache", Detail = "Steps differ per browser.", Link = "https://www.refreshyourcache.com" },
            new() { Id = "other-browser", Title = "Try a different browser", Detail = "Firefox or Chrome may work best; Internet Explorer is not recommended." },
        ],
        PeakReport = new()
        {
            HelpDeskContactId = "cbms-help",
            EmailFields =
            [
                Field("description", "Description", "What happened, and what were you trying to do?", "Include any error message word for word."),
                Field("username", "User name", "Single sign-on or PEAK user name", "It identifies the account."),
                Field("page", "Page and section", "Exact page and section", "Where in the application it happens."),
                Field("when", "Date and time", "Date of the problem", "Compared with system builds and fixes."),
                Field("stepsTried", "Steps tried", "What did you already try?", "Tips, workarounds."),
                Field("impact", "Impact", "What does it stop you or the client from doing?", "Such as: could not finish enrollment."),
                Field("caseNumber", "CBMS case number", "CBMS case number", "Starts with 1B."),
                Field("screenshot", "Screenshots", "Screenshots of the problem", "Erase personal information first."),
            ],
            PiiWarning = Text("pii", "Do not include PII or PHI in an unencrypted e-mail."),
            ScreenshotPiiOptions =
            [
                Text("erase", "Paste the screenshot into Paint and erase the personal information."),
                Text("encrypt", "If erasing it hides the problem, send the e-mail encrypted."),
            ],
            WhatToExpect = [Text("triage", "E-mails are triaged; a help desk ticket is created for technical issues."), Text("reply", "Not every e-mail gets a reply.")],
            PostBuildCalls = [Text("calls", "Report the issue on the CBMS/PEAK post-build calls for CBOs.")],
            UrgentCases = new()
            {
                Guidance = Text("urgent", "In medically urgent cases, or cases taking a long time, contact the enrollment entity."),
                Entities = [Text("county", "County of residence"), Text("dhcmap", "Denver Health Contracted Medical Assistance Program"), Text("c4hco", "Connect for Health Colorado")],
                ContactIds = ["member-contact"],
            },
        },
        ServiceCenter = new()
        {
            PhoneContactId = "service-center",
            Describe =
            [
                new() { Id = "doing", Text = "What you were trying to do", Field = "description" },
                new() { Id = "error", Text = "What error you received", Field = "errorMessage" },
                new() { Id = "os", Text = "Computer operating system (Windows or Mac)", MobileText = "Phone or tablet operating system (iOS or Android)", Field = "os" },
                new() { Id = "device", Text = "Mobile device, if any (Android, iPhone, iPad)", Field = "device", MobileOnly = true },
                new() { Id = "browser", Text = "Browser", Field = "browser" },
            ],
        },
        Training = new()
        {
            WhereToGetTraining = new()
            {
                Active = "desk-aid",
                Options = [new() { Id = "desk-aid", Value = ["peak-outreach", "peak-training"] }],
            },
            Topics =
            [
                new()
                {
                    Id = "password-reset", Title = "Resetting a PEAK password", System = SupportSystems.Peak,
                    Guidance = ["Follow the password reset user guide.", "Forgotten user name: a new e-mail address can create a new account."],
                },
            ],
        },
        Privacy = new()
        {
            PiiDefinition = Text("pii", "PII is information that can distinguish or trace a person's identity."),
            PiiItems = [Text("name", "Name"), Text("ssn", "Social security number"), Text("dob", "Birth date")],
            PhiDefinition = [Text("health", "The person's past, present or future physical or mental health.")],
            MoreInformationUrl = "https://marketplace.cms.gov/technical-assistance-resources/assister-programs/best-practices-for-handling-pii-fast-facts.PDF",
        },
        HelpTopics =
        [
            new()
            {
                Id = "screenshots", Title = "Taking a screenshot",
                Sections =
                [
                    new() { Id = "windows", Heading = "Windows", Steps = ["Press Print Screen (PrtScn).", "Paste it into Paint."], Link = "http://www.take-a-screenshot.org/" },
                    new() { Id = "mac", Heading = "Mac", Steps = ["Press Shift+Command+4 and select an area."] },
                ],
            },
            new() { Id = "encrypt", Title = "Sending encrypted e-mail", Sections = [new() { Id = "outlook", Heading = "Outlook", Steps = ["On the Options tab, choose Encrypt."] }] },
        ],
        Roles =
        [
            new() { Id = "cbo-staff", Title = "CBO staff" },
            new() { Id = "health-coverage-guide", Title = "Certified Health Coverage Guide", FollowsInternalProcess = true },
            new() { Id = "application-counselor", Title = "Certified Application Counselor", FollowsInternalProcess = true },
            new() { Id = "broker", Title = "Certified broker", FollowsInternalProcess = true },
        ],
    };

    private static SystemContent System(string id, string name, string address) => new()
    {
        Id = id,
        Name = name,
        FullName = name,
        Address = new() { Active = "current", Options = [new() { Id = "current", Value = address }] },
    };

    private static EmailField Field(string id, string heading, string question, string help) =>
        new() { Id = id, Heading = heading, Question = question, HelpText = help };

    private static TextFact Text(string id, string text) => new() { Id = id, Text = text };
}
