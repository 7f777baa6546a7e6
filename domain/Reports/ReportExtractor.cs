using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Reads a first message the way a help-desk agent would and fills in an <see cref="IssueReport"/>.</summary>
public static class ReportExtractor
{
    /// <summary>
    /// Reads the mobile use an answer mentions: the device it names ("on her iPhone"), the app ("in the
    /// MyPEAK app") and whether a phone or tablet was used at all ("on her phone").
    /// </summary>
    public static MobileUse ReadMobileUse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var device = EnvironmentReader.ReadDevice(text);
        return new MobileUse(device is not null || EnvironmentReader.MobileIndicated(text), device,
            EnvironmentReader.OsOfDevice(device), EnvironmentReader.ReadMobileApp(text));
    }

    /// <summary>
    /// Extracts every report field the message gives: system, error text, case or tracking number,
    /// user name, date and time, browser, operating system, device, steps tried, impact, and a matching
    /// training topic or elsewhere route. It also reads that there is no case number or no screenshot yet.
    /// <paramref name="pageUrl"/>, when given, decides the system over a system merely named in the text.
    /// </summary>
    public static ExtractionResult Extract(string message, string? pageUrl, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        var wholeText = Normalize(message);
        var text = wholeText.Length > RegexLimits.MaxTextLength ? wholeText[..RegexLimits.MaxTextLength] : wholeText;
        var report = new IssueReport
        {
            Description = message.Trim(),
            PageUrl = string.IsNullOrWhiteSpace(pageUrl) ? null : pageUrl.Trim(),
            TimeZoneId = context.TimeZone.Id,
            CreatedAt = context.Now,
        };

        // System and page, from the address first.
        var match = DecideSystem(text, report.PageUrl, context.Identifier);
        ApplySystem(report, match);

        // Fields the text gives, never from a password typed in it. Case and tracking numbers are read
        // in the whole text, because a pasted log can contain them after the first MaxTextLength characters.
        ReadNumbers(wholeText, report);
        ReadFields(PasswordValues.Blank(text), report, context);
        var namedSystems = context.Identifier.FindNamedSystems(text);

        // Kind: elsewhere, training or technical.
        var route = TopicMatcher.MatchElsewhere(text, context.Content);
        var topic = route is null ? TopicMatcher.MatchTraining(text, report, report.System, context.Content) : null;
        ApplyKind(report, route, topic, systemNamed: namedSystems.Count > 0 || match.FromAddress);

        report.DescriptionGap = ProblemReader.ReadDescriptionGap(text, report.ErrorMessage, report.System, namedSystems);
        var stillNeeded = ReportRules.StillNeeded(report);
        return new ExtractionResult(report, match, topic, route, stillNeeded, FoundFields(report));
    }

    /// <summary>
    /// Replaces curly quotes and apostrophes so phrase matching compares one form. The caller cuts the
    /// result to <see cref="RegexLimits.MaxTextLength"/> characters for every reader that is not windowed.
    /// </summary>
    private static string Normalize(string message) =>
        message.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Trim();

    /// <summary>
    /// Picks the system from a known page address first. A look-alike page address also wins, so the
    /// bot can warn about the fake site instead of treating it as the real one. Otherwise the text decides.
    /// </summary>
    private static SystemMatch DecideSystem(string text, string? pageUrl, SystemIdentifier identifier)
    {
        var fromUrl = pageUrl is null ? null : identifier.IdentifyAddress(pageUrl) ?? identifier.Identify(pageUrl);
        if (fromUrl is { IsKnown: true } or { IsLookAlike: true })
        {
            return fromUrl;
        }

        var fromText = identifier.Identify(text);
        return fromText.IsKnown || fromText.IsLookAlike || fromUrl is null ? fromText : fromUrl;
    }

    private static void ApplySystem(IssueReport report, SystemMatch match)
    {
        report.System = match.System;
        report.IsOldBookmark = match.IsOldBookmark;
        if (!match.FromAddress)
        {
            return;
        }

        report.PageUrl ??= match.Host + match.Path;
        report.PageCategory = PageNames.Slug(match.Path);
        report.PageSuggestion = PageNames.Name(match.Path);
    }

    private static void ReadFields(string text, IssueReport report, ExtractionContext context)
    {
        report.ErrorMessage = ProblemReader.ReadErrorMessage(text);
        report.NoCaseNumber = report.CaseNumber is null && report.TrackingNumber is null && ProblemReader.MentionsNoCaseNumber(text);
        report.NoScreenshots = ProblemReader.MentionsNoScreenshot(text);
        report.Username = UsernameReader.Read(text);
        ReadWhen(text, report, context);

        report.Browser = EnvironmentReader.ReadBrowsers(text);
        report.Device = EnvironmentReader.ReadDevice(text);
        report.MobileIndicated = report.Device is not null || EnvironmentReader.MobileIndicated(text);
        report.MobileApp = EnvironmentReader.ReadMobileApp(text);
        report.DeviceSuggestion = report.MobileIndicated && report.Device is null ? EnvironmentReader.ReadDeviceMention(text) : null;
        report.Os = EnvironmentReader.ReadOs(text) ?? EnvironmentReader.OsOfDevice(report.Device);

        StepsReader.Read(text, [.. context.Content.Tips.Select(tip => tip.Id)], report);
        report.Impact = ImpactReader.Read(text);
        if (report.Impact is not null && ImpactReader.IsMedicallyUrgent(report.Impact))
        {
            report.MedicallyUrgent = true;
        }

        report.ErrorCategory = ProblemClassifier.Classify(text, report.ErrorMessage);
    }

    // Both readers skip a value typed as a password, window by window.
    private static void ReadNumbers(string wholeText, IssueReport report)
    {
        report.CaseNumber = ProblemReader.ReadCaseNumber(wholeText);
        report.TrackingNumber = ProblemReader.ReadTrackingNumber(wholeText);
    }

    private static void ReadWhen(string text, IssueReport report, ExtractionContext context)
    {
        var reading = DateTimeExtractor.Read(text, context.Now, context.TimeZone, out var laterThanNow);
        report.WhenLaterThanNow = laterThanNow;
        if (reading is null)
        {
            return;
        }

        report.When = reading.Value;
        report.WhenHasClockTime = reading.HasClockTime;
    }

    // A topic decides an unknown system. When the message named no system at all, that is an assumption.
    private static void ApplyKind(IssueReport report, ElsewhereRoute? route, TrainingTopic? topic, bool systemNamed)
    {
        if (route is not null)
        {
            report.Kind = ReportKinds.Elsewhere;
            report.ElsewhereRouteId = route.Id;
            return;
        }

        if (topic is null)
        {
            report.Kind = ReportKinds.Technical;
            return;
        }

        report.Kind = ReportKinds.Training;
        report.TrainingTopicId = topic.Id;
        if (report.System == SupportSystems.Unknown)
        {
            report.System = topic.System;
            report.SystemAssumedFromTopic = !systemNamed;
        }
    }

    private static List<string> FoundFields(IssueReport report)
    {
        var found = new List<string>();
        Add(found, ReportFields.Description, report.DescriptionGap is null && !string.IsNullOrWhiteSpace(report.Description));
        Add(found, ReportFields.ErrorMessage, report.ErrorMessage is not null);
        Add(found, ReportFields.Username, report.Username is not null);
        Add(found, ReportFields.When, report.When is not null);
        Add(found, ReportFields.StepsTried, report.HasStepsTried);
        Add(found, ReportFields.Impact, report.Impact is not null);
        Add(found, ReportFields.CaseNumber, report.CaseNumber is not null || report.TrackingNumber is not null || report.NoCaseNumber);
        Add(found, ReportFields.Screenshot, report.NoScreenshots);
        Add(found, ReportFields.Os, report.Os is not null);
        Add(found, ReportFields.Device, report.Device is not null);
        Add(found, ReportFields.Browser, report.Browser is not null);
        return found;
    }

    private static void Add(List<string> found, string field, bool present)
    {
        if (present)
        {
            found.Add(field);
        }
    }
}
